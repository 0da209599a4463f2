import { Controller, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import type { Identity } from '@app/kernel';
import { MEETINGS, meetingAsKnownAt, popoloMeetingsOf } from '@app/meetings';
import { CurrentIdentity, RequiresPermission, SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { QueryEndpoint } from '@app/projections';
import {
  echoOf,
  GROUPS,
  MODELS,
  ORGANISATIONS,
  PEOPLE,
  popoloOf,
  POSTS,
  sliceOf,
  TimeTravelQuery,
} from '@app/structure';
import { PopoloAnswer } from './popolo.response';

@ApiTags('exports')
@RequiresPermission('record.read')
@Controller('export')
export class PopoloExportController {
  constructor(
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @ApiOkResponse({ type: PopoloAnswer })
  @QueryEndpoint(
    'popolo',
    'The record on asOf as Popolo JSON: organisations, models and groups as organizations, people as persons, seats as memberships, posts; meetings as events with their attendees, motions (yrkanden) as motions, decisions as vote events',
    ORGANISATIONS,
    MODELS,
    GROUPS,
    PEOPLE,
    POSTS,
    MEETINGS,
  )
  async popolo(
    @Query() query: TimeTravelQuery,
    @CurrentIdentity() identity: Identity,
  ): Promise<PopoloAnswer> {
    const tenant = identity.municipality;
    const slice = sliceOf(query);
    const { knownAt } = slice;
    // As once recorded, each meeting replayed from its own stream (the read model keeps the latest).
    const asKnown =
      knownAt === null
        ? undefined
        : (meetingId: string) => meetingAsKnownAt(this.store, tenant, meetingId, knownAt);
    const [structure, meetings] = await Promise.all([
      popoloOf(this.database.db, tenant, slice),
      popoloMeetingsOf(this.database.db, tenant, slice.asOf, asKnown),
    ]);
    // Attendees and movers are persons of the export, by id only when not registered by then.
    const known = new Set(structure.persons.map((person) => person.id));
    const named = [
      ...meetings.events.flatMap((event) => event.attendees ?? []).map((a) => a.person_id),
      ...meetings.motions.flatMap((motion) => motion.creator_id ?? []),
    ];
    const persons = [...structure.persons];
    for (const id of named) {
      if (known.has(id)) continue;
      persons.push({ id });
      known.add(id);
    }
    return { ...echoOf(slice), ...structure, persons, ...meetings };
  }
}
