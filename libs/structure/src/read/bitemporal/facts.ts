import { sql, type Kysely } from 'kysely';
import type { IsoDate } from '../../domain';
import type { Fact } from './timeline';

// The facts table is the projection's own, named through the build's search_path.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** A fact with its record time, as the projection keeps it. */
export interface StoredFact<E> extends Fact<E> {
  recordedMs: number;
}

export interface StreamFacts<E> {
  tenant: string;
  stream: string;
  facts: StoredFact<E>[];
}

export const streamKey = (tenant: string, stream: string) => `${tenant}\u0000${stream}`;

export async function createFactsTable(db: AnyDb): Promise<void> {
  await sql`
    create table facts (
      tenant text not null,
      stream text not null,
      revision integer not null,
      type text not null,
      data jsonb not null,
      valid_from date not null,
      recorded_at timestamptz not null,
      primary key (tenant, stream, revision)
    )`.execute(db);
}

/** The stored facts of many streams in one statement, each stream's in revision order. */
export async function loadFacts<E>(
  db: AnyDb,
  streams: readonly { tenant: string; stream: string }[],
): Promise<Map<string, StoredFact<E>[]>> {
  const facts = new Map<string, StoredFact<E>[]>();
  if (streams.length === 0) return facts;
  const { rows } = await sql<{
    tenant: string;
    stream: string;
    revision: number;
    type: string;
    data: unknown;
    valid_from: IsoDate;
    recorded_ms: number;
  }>`
    select f.tenant, f.stream, f.revision, f.type, f.data, f.valid_from::text as valid_from,
           round(extract(epoch from f.recorded_at) * 1000)::float8 as recorded_ms
      from jsonb_to_recordset(${JSON.stringify(streams)}::jsonb) as k(tenant text, stream text)
      join facts f on f.tenant = k.tenant and f.stream = k.stream
     order by f.tenant, f.stream, f.revision`.execute(db);
  for (const row of rows) {
    const key = streamKey(row.tenant, row.stream);
    const list = facts.get(key) ?? [];
    list.push({
      revision: Number(row.revision),
      validFrom: row.valid_from,
      event: { type: row.type, data: row.data } as E,
      recordedMs: Number(row.recorded_ms),
    });
    facts.set(key, list);
  }
  return facts;
}

/** New facts of many streams, in one statement. */
export async function insertFacts<E extends { type: string }>(
  db: AnyDb,
  added: readonly StreamFacts<E>[],
): Promise<void> {
  const rows = added.flatMap(({ tenant, stream, facts }) =>
    facts.map((fact) => ({
      tenant,
      stream,
      revision: fact.revision,
      type: fact.event.type,
      data: (fact.event as unknown as { data: unknown }).data,
      valid_from: fact.validFrom,
      recorded_at: new Date(fact.recordedMs).toISOString(),
    })),
  );
  if (rows.length === 0) return;
  await sql`
    insert into facts
    select * from jsonb_populate_recordset(null::facts, ${JSON.stringify(rows)}::jsonb)
  `.execute(db);
}
