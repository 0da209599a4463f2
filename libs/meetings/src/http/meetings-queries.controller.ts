import { Controller, Header, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ActorNames, EVENT_STORE, type EventStore } from '@app/event-store';
import type { Identity } from '@app/kernel';
import {
  ApiContentResponse,
  CurrentIdentity,
  RequiresPermission,
  SQL_DATABASE,
  type SqlDatabase,
} from '@app/platform';
import {
  CsvExport,
  HistoryEndpoint,
  HistoryQuery,
  historyAnswerOf,
  HistoryResponse,
  KnownAtQuery,
  ListEndpoint,
  keysetRequestOf,
  pageOfRows,
  QueryEndpoint,
} from '@app/projections';
import { GROUPS, ORGANISATIONS } from '@app/structure';
import { meetingDate, meetingStream } from '../domain';
import { bodyNamer, listMeetings, historyOf, meetingKey, MEETINGS, meetingsOrder } from '../read';
import { minutesDocument } from '../application/printed-minutes/minutes-document';
import { PrintedMinutes } from '../application/printed-minutes/printed-minutes';
import { MeetingsQuery } from './meetings.query';
import { notFound } from './not-found.query';
import { MeetingAnswer, MeetingsPage } from './responses';

/** A meeting as the list answers it, for its CSV rows. */
interface MeetingListEntry {
  id: string;
  date: string;
  body: { name: string | null };
  status: string;
  startedAt: string | null;
  endedAt: string | null;
  place: string | null;
  format: string | null;
  items: number;
  approvedOn: string | null;
  noticePostedOn: string | null;
}

@ApiTags('meetings')
@RequiresPermission('record.read')
@Controller('meetings')
export class MeetingsQueriesController {
  constructor(
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly names: ActorNames,
    private readonly printed: PrintedMinutes,
  ) {}

  @ApiOkResponse({ type: MeetingsPage })
  @ListEndpoint(
    '',
    'Meetings by date; filter by body, period (from/to inclusive) and status',
    MEETINGS,
    ORGANISATIONS,
    GROUPS,
  )
  @CsvExport({
    filename: 'moten.csv',
    rows: (body: { meetings: MeetingListEntry[] }) =>
      body.meetings.map((m) => ({
        date: m.date,
        body: m.body?.name ?? null,
        status: m.status,
        startedAt: m.startedAt,
        endedAt: m.endedAt,
        place: m.place,
        format: m.format,
        items: m.items,
        approvedOn: m.approvedOn,
        noticePostedOn: m.noticePostedOn,
        id: m.id,
      })),
  })
  async list(
    @Query() query: MeetingsQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<MeetingsPage> {
    const tenant = identity.municipality;
    const wanted = keysetRequestOf(query, request, meetingsOrder.length);
    const rows = await listMeetings(this.database.db, tenant, query, wanted);
    const page = pageOfRows(rows, meetingKey, wanted, request);
    const meetings = page.items;
    const body = await bodyNamer(
      this.database.db,
      tenant,
      meetings.map((m) => ({ id: m.bodyId, kind: m.bodyKind, on: meetingDate(m) })),
    );
    return {
      meetings: meetings.map((meeting) => ({
        id: meeting.meetingId,
        body: body({ id: meeting.bodyId, kind: meeting.bodyKind, on: meetingDate(meeting) }),
        status: meeting.status,
        date: meetingDate(meeting),
        scheduledFor: meeting.scheduledFor,
        startedAt: meeting.held?.startedAt ?? null,
        endedAt: meeting.held?.endedAt ?? null,
        place: meeting.held ? meeting.held.place : meeting.place,
        format: meeting.held ? meeting.held.format : meeting.format,
        items: Object.keys(meeting.items).length,
        approvedOn: meeting.approval?.approvedOn ?? null,
        noticePostedOn: meeting.notice?.postedOn ?? null,
      })),
      next: page.next,
    };
  }

  @ApiOkResponse({ type: MeetingAnswer })
  @QueryEndpoint(
    ':id',
    'The whole minutes as data: attendance, items with decisions, approval, notice, corrections and the statutory deadlines',
    MEETINGS,
    ORGANISATIONS,
    GROUPS,
  )
  async get(
    @Param('id') id: string,
    @Query() query: KnownAtQuery,
    @CurrentIdentity() identity: Identity,
  ): Promise<MeetingAnswer> {
    return this.minutes(identity.municipality, id, query.knownAt);
  }

  @QueryEndpoint(
    ':id/minutes.html',
    'The minutes as a printable Swedish document',
    MEETINGS,
    ORGANISATIONS,
    GROUPS,
  )
  @ApiProduces('text/html')
  @ApiContentResponse('text/html', 'The minutes as an accessible HTML page')
  @Header('Content-Type', 'text/html; charset=utf-8')
  // Nothing in the page runs or loads: a name that slipped through unescaped still could not.
  @Header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
  async html(
    @Param('id') id: string,
    @Query() query: KnownAtQuery,
    @CurrentIdentity() identity: Identity,
  ): Promise<string> {
    return minutesDocument(await this.minutes(identity.municipality, id, query.knownAt));
  }

  @HistoryEndpoint(
    "Every event of the meeting's stream, oldest first, with who recorded it, when and why",
  )
  async history(
    @Param('id') id: string,
    @Query() query: HistoryQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<HistoryResponse> {
    const sources = { store: this.store, names: this.names };
    const answer = await historyAnswerOf(
      query,
      request,
      { id, name: meetingStream(id) },
      (window) => historyOf(sources, identity.municipality, 'meeting', id, query, window),
    );
    if (!answer) throw notFound('MEETING', 'meeting', id);
    return answer;
  }

  private async minutes(tenant: string, id: string, knownAt: string | undefined) {
    const minutes = await this.printed.view(tenant, id, knownAt);
    if (!minutes) throw notFound('MEETING', 'meeting', id, knownAt);
    return minutes;
  }
}
