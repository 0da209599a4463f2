import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '@app/platform';
import { runSource } from '../support/run-source';

describe('cli demo', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-demo-'));
  });
  afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

  const demo = () =>
    runSource('apps/cli/src/main.ts', ['demo'], { DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const countEvents = async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    try {
      const { rows } = await sql<{ n: string }>`select count(*)::text as n from events`.execute(
        database.db,
      );
      return Number(rows[0].n);
    } finally {
      await database.close();
    }
  };

  it('records the Nynäshamn scenario through the API, and adds nothing when run again', async () => {
    const first = demo();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const recorded = JSON.parse(first.stdout);
    expect(recorded).toMatchObject({ oldModel: expect.any(String), newModel: expect.any(String) });
    const events = await countEvents();
    expect(events).toBeGreaterThan(30);

    const second = demo();
    expect(second.status).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual(recorded);
    expect(await countEvents()).toBe(events);
  });
});
