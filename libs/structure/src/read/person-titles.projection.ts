import { sql, type Transaction } from 'kysely';
import type { RecordedEvent } from '@app/event-store';
import type { Projection } from '@app/projections';

export const PERSON_TITLES = 'structure-person-titles';

/**
 * Titles of people registered before titles left the events (PersonRegistered v1): the
 * upcaster takes the title out of the event's data and hands it over as personal data, and
 * this projection puts it beside the name in the erasable personal-data table. It keeps no
 * table of its own. A title already there wins, and an erased person stays erased, so a
 * rebuild or a replay changes nothing.
 */
export const personTitlesProjection: Projection = {
  name: PERSON_TITLES,
  version: 1,
  handles: ['PersonRegistered'],
  async setup() {},
  async apply(tx: Transaction<unknown>, events: readonly RecordedEvent[]) {
    for (const event of events) {
      const title = event.personalData?.title;
      if (title === undefined) continue;
      const { personId } = event.data as { personId: string };
      await sql`
        update public.personal_data set title = ${title}, updated_at = now()
         where tenant = ${event.metadata.tenant} and subject_kind = 'person'
           and subject_id = ${personId} and title is null and erased_at is null
      `.execute(tx);
    }
  },
};
