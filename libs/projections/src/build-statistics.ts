import { sql, type Kysely } from 'kysely';
import type { Database } from '@app/platform';
import type { Build } from './checkpoint-store';

/**
 * Planner statistics for builds that grow fast. A build's tables are created empty, and a
 * catch-up or rebuild fills them faster than autovacuum looks (on some servers it is off): until
 * someone runs ANALYZE the planner guesses, and with a partial unique index at hand it guesses
 * "one row" and walks that index for the whole tenant (see bench/NOTES.md, time travel). So a
 * build is analysed each time the events applied to it in this process double (1,000, 2,000,
 * 4,000, ...): a logarithmic number of ANALYZEs, each a fixed-size sample, so the cost stays
 * small however long the history, and the plans follow the tables while they grow. Live
 * projecting after that is left to autovacuum.
 */
export class BuildStatistics {
  private readonly applied = new Map<string, { applied: number; next: number }>();

  constructor(private readonly firstAfter = 1000) {}

  /** After a committed batch of `applied` events: analyses the build when they have doubled. */
  async afterBatch(db: Kysely<Database>, build: Build, applied: number): Promise<void> {
    if (applied === 0) return;
    const entry = this.applied.get(build.schema) ?? { applied: 0, next: this.firstAfter };
    entry.applied += applied;
    this.applied.set(build.schema, entry);
    if (entry.applied < entry.next) return;
    entry.next = entry.applied * 2;
    await analyzeBuild(db, build.schema).catch(() => undefined);
  }
}

/**
 * ANALYZE of every table of a build's schema. Outside the batch's transaction: it only reads a
 * sample and takes no lock that blocks writers. A failure only leaves the old statistics, so
 * callers may ignore it.
 */
export async function analyzeBuild(db: Kysely<Database>, schema: string): Promise<void> {
  const { rows } = await sql<{ table: string }>`
    select tablename as table from pg_tables where schemaname = ${schema}
  `.execute(db);
  if (rows.length === 0) return;
  const tables = rows.map((row) => sql.id(schema, row.table));
  await sql`analyze ${sql.join(tables)}`.execute(db);
}
