/**
 * `npm run openapi [FILE]`: writes the OpenAPI document the server serves at /api/docs-json to
 * FILE (default openapi.json), without a server or a database of its own: the app is built on
 * an in-memory PGlite and closed again. `npm run lint` lints what it writes.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { IN_MEMORY, auditConfig, httpConfig, type AppConfig } from '@app/platform';
import { createApp } from '../app.factory';
import { openApiDocument } from '../http/openapi';

async function main(file: string): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-openapi-'));
  const config: AppConfig = {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    database: { kind: 'pglite', dataDir: IN_MEMORY },
    eventStore: { kind: 'postgres' },
    auth: { mode: 'dev', keyDir: path.join(dataDir, 'keys'), municipality: '0192' },
    projections: false,
    logLevel: 'silent',
    consistencyTimeoutMs: 1000,
    audit: auditConfig(dataDir),
    http: httpConfig(),
  };
  const app = await createApp(config);
  try {
    fs.writeFileSync(file, `${JSON.stringify(openApiDocument(app), null, 2)}\n`);
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`wrote ${file}`);
}

main(path.resolve(process.argv[2] ?? 'openapi.json')).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
