import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DynamicModule } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { sql } from 'kysely';
import {
  IN_MEMORY,
  SQL_DATABASE,
  auditConfig,
  httpConfig,
  type AppConfig,
  type AuthConfig,
  type DatabaseConfig,
  type SqlDatabase,
} from '@app/platform';
import { ConsistencyService } from '@app/projections';
import { createApp } from '../../apps/api/src/app.factory';
import { READ_MODELS } from '../../apps/read-models';
import { createScratchDatabase, dropScratchDatabase, postgresUrl } from './test-databases';

export interface TestApp {
  app: NestExpressApplication;
  http: TestAgent;
  config: AppConfig;
  /**
   * Waits until every read model has passed the last recorded event, so that a read sees every
   * write before it (on PostgreSQL the runners project after the command has answered).
   */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  engine?: 'pglite' | 'postgres';
  auth?: AuthConfig;
  modules?: DynamicModule['imports'];
  /** Overrides of the test configuration, e.g. `{ projections: false }`. */
  config?: Partial<AppConfig>;
}

/** Engines e2e suites run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const testEngines: Array<'pglite' | 'postgres'> = postgresUrl
  ? ['pglite', 'postgres']
  : ['pglite'];

/** The real app, as production builds it, on a fresh database and a private DATA_DIR. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-e2e-'));
  const scratchUrl =
    options.engine === 'postgres' ? await createScratchDatabase(postgresUrl!) : undefined;
  const database: DatabaseConfig = scratchUrl
    ? { kind: 'postgres', url: scratchUrl }
    : { kind: 'pglite', dataDir: IN_MEMORY };
  const config: AppConfig = {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    database,
    eventStore: { kind: 'postgres' },
    auth: options.auth ?? { mode: 'dev', keyDir: path.join(dataDir, 'keys'), municipality: '0192' },
    projections: true,
    logLevel: 'silent',
    consistencyTimeoutMs: 2000,
    audit: auditConfig(dataDir),
    // Tests send hundreds of requests a minute as one identity: the rate limit has its own test.
    http: httpConfig({ ratePerMinute: 0 }),
    ...options.config,
  };
  const app = await createApp(config, options.modules);
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    config,
    async settled() {
      // The last event committed, not the store's head: the head is what readers may see yet,
      // and a transaction open elsewhere on a PostgreSQL server holds it back. Waiting for it
      // would let a test read before its own last command was projected.
      const { rows } = await sql<{ last: string }>`
        select coalesce(max(position), 0)::text as last from events
      `.execute(app.get<SqlDatabase>(SQL_DATABASE).db);
      const head = BigInt(rows[0].last);
      const names = READ_MODELS.map((projection) => projection.name);
      // Each wait is bounded by the consistency timeout; a loaded machine may need a few.
      for (let attempt = 0; attempt < 30; attempt++) {
        if ((await app.get(ConsistencyService).waitFor(names, head)).reached) return;
      }
      throw new Error(`the read models did not reach position ${head}`);
    },
    async close() {
      await app.close();
      if (scratchUrl) await dropScratchDatabase(postgresUrl!, scratchUrl);
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function expectProblem(
  response: request.Response,
  status: number,
  code: string,
): Record<string, unknown> {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({
    status,
    code,
    type: expect.any(String),
    title: expect.any(String),
  });
  expect(response.status).toBe(status);
  expect(JSON.stringify(response.body)).not.toMatch(/\bat .+\.(ts|js):\d+/); // no stack trace
  return response.body as Record<string, unknown>;
}
