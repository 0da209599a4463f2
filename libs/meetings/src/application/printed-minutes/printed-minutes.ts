import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { meetingAsKnownAt, minutesOf, viewOf, type MinutesView } from '../../read';
import { minutesDocument, minutesTitle } from './minutes-document';

/** A meeting's minutes printed: the document and the title it carries. */
export interface Printout {
  title: string;
  html: string;
}

/**
 * The minutes of a meeting, as data or as the printable Swedish document, for the meetings'
 * endpoints and for whoever else prints them (the audit package holds one per meeting).
 */
@Injectable()
export class PrintedMinutes {
  constructor(
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /**
   * Current minutes from the read model; as once known (`knownAt`), replayed from the meeting's
   * events. Undefined when there is no such meeting (or none was known yet).
   */
  async view(
    tenant: string,
    meetingId: string,
    knownAt?: string,
  ): Promise<MinutesView | undefined> {
    const db = this.database.db;
    if (knownAt === undefined) return minutesOf(db, tenant, meetingId);
    const meeting = await meetingAsKnownAt(this.store, tenant, meetingId, knownAt);
    return meeting && viewOf(db, tenant, meeting);
  }

  async print(tenant: string, meetingId: string, knownAt?: string): Promise<Printout | undefined> {
    const minutes = await this.view(tenant, meetingId, knownAt);
    return minutes && { title: minutesTitle(minutes), html: minutesDocument(minutes) };
  }
}
