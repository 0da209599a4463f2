import * as fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { auditConfig, httpConfig, type AppConfig } from '@app/platform';
import { createApp } from '../../apps/api/src/app.factory';
import { createScratchDatabase, dropScratchDatabase } from './databases';

export interface BenchApp {
  app: NestExpressApplication;
  /** http://127.0.0.1:port, for autocannon. */
  url: string;
  /** The scratch database the app runs on, for seeding through a store of our own. */
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * The real API as production builds it (projections running in process, dev auth: a request
 * without a token is the local developer), listening on a free port, on a scratch database.
 */
export async function startBenchApp(adminUrl: string): Promise<BenchApp> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-bench-'));
  const databaseUrl = await createScratchDatabase(adminUrl);
  const config: AppConfig = {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    database: { kind: 'postgres', url: databaseUrl },
    eventStore: { kind: 'postgres' },
    auth: { mode: 'dev', keyDir: path.join(dataDir, 'keys'), municipality: '0192' },
    projections: true,
    logLevel: 'silent',
    consistencyTimeoutMs: 10_000,
    audit: auditConfig(dataDir),
    // Off: one identity sends thousands of requests a minute here, and the limiter's 429s would
    // be measured (or fail the run) instead of the API's work.
    http: httpConfig({ ratePerMinute: 0 }),
  };
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    databaseUrl,
    async close() {
      await app.close();
      await dropScratchDatabase(adminUrl, databaseUrl);
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
