import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { sql } from 'kysely';
import { NO_STREAM, PostgresEventStore, exactly, type NewEvent } from '@app/event-store';
import { migrateToLatest, openDatabase } from '@app/platform';
import { runSource } from '../support/run-source';

const actor = {
  id: 'anna',
  name: 'Anna Svensson',
  role: 'secretary' as const,
  organisation: 'NAF',
};
const event = (n: number): NewEvent => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  type: 'GroupRenamed',
  schemaVersion: 1,
  data: { name: `Arbetsgrupp ${n}` },
  metadata: { actor, correlationId: 'c', validFrom: '2024-01-01' },
});

describe('cli verify', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-verify-'));
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    await migrateToLatest(database.db);
    const store = new PostgresEventStore(database);
    await store.append('0192', 'group-a', [event(1)], NO_STREAM);
    await store.append('0192', 'group-a', [event(2), event(3)], exactly(0));
    await store.append('0138', 'group-b', [event(4)], NO_STREAM);
    await store.close();
    await database.close();
  });
  afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

  const verify = (...args: string[]) =>
    runSource('apps/cli/src/main.ts', ['verify', ...args], { DATA_DIR: dataDir });

  it('reports every chain sound', () => {
    const result = verify();
    expect(result.stdout).toContain('OK: 4 events in 2 streams');
    expect(result.status).toBe(0);
  });

  it('reports a row changed behind its back at its stream and revision, with exit code 3', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    await sql`update events set data = '{"name":"Forged"}' where stream = 'group-a' and revision = 1`.execute(
      database.db,
    );
    await database.close();
    const result = verify('--json');
    expect(result.status).toBe(3);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: false,
      breaks: [{ tenant: '0192', stream: 'group-a', revision: '1', problem: 'hash', leafIndex: 1 }],
    });
    expect(verify('--tenant', '0138').status).toBe(0);
  });
});
