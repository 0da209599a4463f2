import type { Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { readModel } from '@app/projections';
import { itemLabel } from '../../domain';
import { MEETINGS } from '../meetings.projection';
import type { MeetingsDb } from '../read-model.tables';

export interface DecidedItemRef {
  meetingId: string;
  itemId: string;
}

export const decidedItemKey = (ref: DecidedItemRef): string => `${ref.meetingId}/${ref.itemId}`;

/**
 * The numbers of decided items ("§ 42/23"), by `decidedItemKey`: what an answer that cites a
 * decision prints beside its link. An unnumbered item maps to null; an undecided one is absent.
 */
export async function decisionNumbersOf(
  database: Kysely<Database>,
  tenant: string,
  refs: readonly DecidedItemRef[],
): Promise<Map<string, string | null>> {
  if (refs.length === 0) return new Map();
  const db = await readModel<MeetingsDb>(database, MEETINGS);
  const rows = await db
    .selectFrom('decisions')
    .select(['meeting_id', 'item_id', 'number', 'year'])
    .where('tenant', '=', tenant)
    .where('meeting_id', 'in', [...new Set(refs.map((ref) => ref.meetingId))])
    .where('item_id', 'in', [...new Set(refs.map((ref) => ref.itemId))])
    .execute();
  return new Map(
    rows.map((row) => [
      decidedItemKey({ meetingId: row.meeting_id, itemId: row.item_id }),
      itemLabel(row.number, row.year),
    ]),
  );
}
