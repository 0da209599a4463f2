import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { IN_MEMORY, migrateToLatest, openDatabase, type SqlDatabase } from '@app/platform';

/** A scratch database per contender, so that no contender's tables or indexes slow another's. */
export async function createScratchDatabase(adminUrl: string): Promise<string> {
  const name = `samverkan_bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await admin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropScratchDatabase(adminUrl: string, url: string): Promise<void> {
  await admin(adminUrl, `DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
}

async function admin(adminUrl: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * After seeding, before measuring: the seed's rows vacuumed and analysed and its dirty pages
 * flushed, so that autovacuum and the checkpointer do not pick that moment to catch up on a
 * store bulk-loaded seconds before, in the middle of the measurement, as they did at random.
 */
export async function settle(url: string): Promise<void> {
  await admin(url, 'VACUUM ANALYZE');
  await admin(url, 'CHECKPOINT');
}

export interface BenchDatabase extends SqlDatabase {
  url?: string;
}

/** Our schema, migrated, on a fresh PostgreSQL database (dropped on close) or in-memory PGlite. */
export async function openBenchDatabase(
  kind: 'postgres' | 'pglite',
  adminUrl: string,
): Promise<BenchDatabase> {
  if (kind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dataDir: IN_MEMORY });
    await migrateToLatest(database.db);
    return database;
  }
  const url = await createScratchDatabase(adminUrl);
  const database = await openDatabase({ kind: 'postgres', url });
  await migrateToLatest(database.db);
  return {
    ...database,
    url,
    async close() {
      await database.close();
      await dropScratchDatabase(adminUrl, url);
    },
  };
}
