import type { Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { trailEntryOf, type TrailEntry } from './trail-entry.view';
import { trailPage, type TrailFilter, type TrailPage } from './trail.queries';

export interface TrailQuery extends TrailPage {
  filter: TrailFilter;
}

/** A page of the trail as the API answers it, and the position the next page starts after. */
export async function trailPageOf(
  database: Kysely<Database>,
  tenant: string,
  query: TrailQuery,
): Promise<{ entries: TrailEntry[]; nextAfter: string | null }> {
  const { rows, more } = await trailPage(database, tenant, query.filter, query);
  return { entries: rows.map(trailEntryOf), nextAfter: more ? rows.at(-1)!.position : null };
}
