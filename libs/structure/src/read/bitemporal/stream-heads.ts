import { sql, type Kysely } from 'kysely';

// The heads table is the projection's own, named through the build's search_path.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export interface StreamKey {
  tenant: string;
  stream: string;
}

export const streamKey = (tenant: string, stream: string) => `${tenant}\u0000${stream}`;

/**
 * The last revision of each stream the build has applied. The checkpoint already makes each
 * batch apply once; the heads make applying an event again change nothing even so (a replayed
 * or reordered delivery), at the price of one small row per stream, not a copy of its events.
 */
export async function createHeadsTable(db: AnyDb): Promise<void> {
  await sql`
    create table stream_heads (
      tenant text not null,
      stream text not null,
      revision integer not null,
      primary key (tenant, stream)
    )`.execute(db);
}

/**
 * The heads of many streams in one statement; a stream never applied has none. Keys travel as
 * arrays through unnest, so the planner knows how few they are (see loadCurrentVersions).
 */
export async function loadHeads(
  db: AnyDb,
  streams: readonly StreamKey[],
): Promise<Map<string, number>> {
  const heads = new Map<string, number>();
  if (streams.length === 0) return heads;
  const { rows } = await sql<StreamKey & { revision: number }>`
    select h.tenant, h.stream, h.revision
      from unnest(${streams.map((s) => s.tenant)}::text[], ${streams.map((s) => s.stream)}::text[])
           as k(tenant, stream)
      join stream_heads h on h.tenant = k.tenant and h.stream = k.stream`.execute(db);
  for (const row of rows) heads.set(streamKey(row.tenant, row.stream), Number(row.revision));
  return heads;
}

/** Moves the heads of many streams on, in one statement. */
export async function saveHeads(
  db: AnyDb,
  heads: readonly (StreamKey & { revision: number })[],
): Promise<void> {
  if (heads.length === 0) return;
  await sql`
    insert into stream_heads
    select * from unnest(${heads.map((h) => h.tenant)}::text[], ${heads.map((h) => h.stream)}::text[],
                         ${heads.map((h) => h.revision)}::integer[])
    on conflict (tenant, stream) do update set revision = excluded.revision`.execute(db);
}
