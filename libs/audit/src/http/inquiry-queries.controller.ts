import { Controller, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  ActorNames,
  EVENT_STORE,
  streamHistory,
  streamHistoryPage,
  type EventStore,
  type RecordedEvent,
} from '@app/event-store';
import { DomainError, grantOf, type Identity } from '@app/kernel';
import { CurrentIdentity, RequiresPermission, SQL_DATABASE, type SqlDatabase } from '@app/platform';
import {
  HistoryQuery,
  historyPageOf,
  historyWindowOf,
  keysetRequestOf,
  ListEndpoint,
  pageOfRows,
  QueryEndpoint,
} from '@app/projections';
import { decidedItemKey, decisionNumbersOf, MEETINGS } from '@app/meetings';
import { ORGANISATIONS, organisationsByIds, today } from '@app/structure';
import { inquiryStream, overdueOn, validFromOfInquiryEvent, type InquiryEvent } from '../domain';
import { INQUIRIES } from '../inquiries/inquiries.projection';
import {
  findInquiry,
  inquiriesOrder,
  inquiryKey,
  listInquiries,
  type StoredInquiry,
} from '../inquiries/inquiry.queries';
import { InquiriesQuery } from './dto/inquiries.query';
import { API_PREFIX } from '../trail/entity-links';
import { InquiriesPage, InquiryAnswer, InquiryHistoryAnswer } from './responses';

@ApiTags('inquiries')
@RequiresPermission('record.read')
@Controller('inquiries')
export class InquiryQueriesController {
  constructor(
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly names: ActorNames,
  ) {}

  @ApiOkResponse({ type: InquiriesPage })
  @ListEndpoint(
    '',
    "Auditors' inquiries by the day they came; filter by status and by the board or committee asked",
    INQUIRIES,
    ORGANISATIONS,
    MEETINGS,
  )
  async list(
    @Query() query: InquiriesQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<InquiriesPage> {
    const wanted = keysetRequestOf(query, request, inquiriesOrder.length);
    const rows = await listInquiries(
      this.database.db,
      identity.municipality,
      { status: query.status, organisationId: query.organisationId },
      wanted,
    );
    const page = pageOfRows(rows, inquiryKey, wanted, request);
    return { inquiries: await this.views(identity.municipality, page.items), next: page.next };
  }

  @ApiOkResponse({ type: InquiryAnswer })
  @QueryEndpoint(
    ':id',
    'An inquiry: its questions, each with its answer (a decision item or in writing), status, due date and history',
    INQUIRIES,
    ORGANISATIONS,
    MEETINGS,
  )
  async get(
    @Param('id') id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<InquiryAnswer> {
    const inquiry = await findInquiry(this.database.db, identity.municipality, id);
    if (!inquiry) throw notFound(id);
    const [view] = await this.views(identity.municipality, [inquiry]);
    // The history (who recorded what, and why) is for those who may read history: a dashboard
    // reads the inquiry, as it would be refused GET /inquiries/{id}/history.
    if (!grantOf(identity.actor.role, 'history.read')) return { ...view, history: null };
    return { ...view, history: (await this.history(identity.municipality, id)) ?? [] };
  }

  @ApiOkResponse({ type: InquiryHistoryAnswer })
  @ListEndpoint(':id/history', "Every event of the inquiry's stream, oldest first")
  @RequiresPermission('history.read')
  async historyOf(
    @Param('id') id: string,
    @Query() query: HistoryQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<InquiryHistoryAnswer> {
    const window = historyWindowOf(query);
    const history = await streamHistoryPage(
      { store: this.store, names: this.names },
      identity.municipality,
      inquiryStream(id),
      inquiryEventDate,
      query,
      window,
    );
    if (!history) throw notFound(id);
    const page = historyPageOf(history, window, request);
    return { id, history: page.items, next: page.next };
  }

  private history(tenant: string, id: string) {
    const sources = { store: this.store, names: this.names };
    return streamHistory(sources, tenant, inquiryStream(id), inquiryEventDate);
  }

  private async views(tenant: string, inquiries: StoredInquiry[]) {
    const on = today();
    const organisations = await organisationsByIds(
      this.database.db,
      tenant,
      inquiries.flatMap((inquiry) => inquiry.addressedTo),
      { asOf: on, knownAt: null },
    );
    const numbers = await decisionNumbersOf(
      this.database.db,
      tenant,
      inquiries.flatMap((inquiry) =>
        Object.values(inquiry.answers).flatMap(({ answer }) =>
          answer.kind === 'decision' ? [answer] : [],
        ),
      ),
    );
    return inquiries.map((inquiry) => ({
      id: inquiry.inquiryId,
      status: inquiry.status,
      receivedOn: inquiry.receivedOn,
      from: inquiry.from,
      reference: inquiry.reference,
      subject: inquiry.subject,
      addressedTo: inquiry.addressedTo.map((organisationId) => ({
        id: organisationId,
        name: organisations.get(organisationId)?.name ?? null,
        shortName: organisations.get(organisationId)?.shortName ?? null,
      })),
      dueOn: inquiry.dueOn,
      overdue: overdueOn(inquiry, on),
      questions: inquiry.questions.map((question) => {
        const answered = inquiry.answers[question.questionId];
        return {
          id: question.questionId,
          text: question.text,
          answer: answered
            ? {
                ...answered.answer,
                answeredOn: answered.answeredOn,
                ...(answered.answer.kind === 'decision'
                  ? {
                      number: numbers.get(decidedItemKey(answered.answer)) ?? null,
                      href: `${API_PREFIX}/meetings/${answered.answer.meetingId}`,
                    }
                  : {}),
              }
            : null,
        };
      }),
      closed: inquiry.closed,
    }));
  }
}

function notFound(id: string): DomainError {
  return new DomainError('INQUIRY.NOT_FOUND', `No inquiry ${id}`, 'not-found', { id });
}

/** An inquiry's event dated from its data where its metadata does not say. */
function inquiryEventDate(event: RecordedEvent) {
  return validFromOfInquiryEvent({ type: event.type, data: event.data } as InquiryEvent);
}
