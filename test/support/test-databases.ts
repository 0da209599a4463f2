import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { IN_MEMORY, migrateToLatest, openDatabase, type SqlDatabase } from '@app/platform';

export interface TestDatabase {
  /** `pglite` always; `postgres` when TEST_DATABASE_URL is set. */
  name: 'pglite' | 'postgres';
  /** A fresh, migrated, empty database of its own; closing it drops it. */
  open(): Promise<OpenTestDatabase>;
}

export interface OpenTestDatabase extends SqlDatabase {
  /** Connection URL of the fresh database (postgres only), for a second process or client. */
  url?: string;
}

export const postgresUrl = process.env.TEST_DATABASE_URL;

const pglite: TestDatabase = {
  name: 'pglite',
  async open() {
    const database = await openDatabase({ kind: 'pglite', dataDir: IN_MEMORY });
    await migrateToLatest(database.db);
    return database;
  },
};

const postgres = (adminUrl: string): TestDatabase => ({
  name: 'postgres',
  async open() {
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
  },
});

/** The engines every database test runs on: PGlite always, PostgreSQL when CI provides one. */
export const testDatabases: TestDatabase[] = postgresUrl
  ? [pglite, postgres(postgresUrl)]
  : [pglite];

/** Each test file gets its own database, so files may run in parallel against one server. */
export async function createScratchDatabase(adminUrl: string): Promise<string> {
  const name = `samverkan_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropScratchDatabase(adminUrl: string, url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
