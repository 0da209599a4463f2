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
    runSource(
      'apps/cli/src/main.ts',
      ['demo'],
      { DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      240_000,
    );
  const query = async <T>(statement: ReturnType<typeof sql<T>>) => {
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    try {
      return (await statement.execute(database.db)).rows;
    } finally {
      await database.close();
    }
  };
  const countEvents = async () =>
    Number((await query(sql<{ n: string }>`select count(*)::text as n from events`))[0].n);
  /** How many events of each meetings type the store holds. */
  const meetingEvents = async () =>
    Object.fromEntries(
      (
        await query(
          sql<{ type: string; n: string }>`select type, count(*)::text as n from events
            where stream like 'meeting-%' or stream like 'assignment-%' group by type`,
        )
      ).map(({ type, n }) => [type, Number(n)]),
    );

  it('records the Nynäshamn scenario and both seed minutes through the API, and adds nothing when run again', async () => {
    const first = demo();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const recorded = JSON.parse(first.stdout);
    expect(recorded).toMatchObject({ oldModel: expect.any(String), newModel: expect.any(String) });
    const events = await countEvents();
    expect(events).toBeGreaterThan(30);
    // Both seed minutes in full: §§ 41-48 and 78-81 plus two unnumbered points each.
    expect(recorded.minutes).toMatchObject({
      nanAu20231106: { meetingId: expect.any(String) },
      jointAu20241114: { meetingId: expect.any(String) },
      assignment42: expect.any(String),
    });
    expect(Object.keys(recorded.minutes.nanAu20231106.itemIds)).toHaveLength(10);
    expect(Object.keys(recorded.minutes.jointAu20241114.itemIds)).toHaveLength(6);
    expect(await meetingEvents()).toEqual({
      MeetingScheduled: 2,
      MeetingHeld: 2,
      ItemRecorded: 16,
      MinutesApproved: 2,
      NoticePosted: 2,
      // § 42/23's, and the Nyköping agreement's three (in 0480).
      AssignmentIssued: 4,
    });
    expect(recorded.nykoping).toMatchObject({
      agreement: expect.any(String),
      fullTimeModel: expect.any(String),
      indicators: { assignment: expect.any(Array), board: expect.any(Array) },
    });
    expect(recorded.nykoping.indicators.assignment).toHaveLength(9);

    const second = demo();
    expect(second.status).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual(recorded);
    expect(await countEvents()).toBe(events);
    // Two CLI runs, each starting the app and sending some 200 commands.

    // The Kolada import finds the demo's indicators; Kolada itself cannot be reached here.
    const kolada = runSource(
      'apps/cli/src/main.ts',
      ['kolada', 'import', '--kpi', 'N00955', '--municipality', '0480', '--years', '2023'],
      { DATA_DIR: dataDir, LOG_LEVEL: 'silent', KOLADA_BASE_URL: 'http://127.0.0.1:9/v3' },
      120_000,
    );
    expect(kolada.status).toBe(1);
    expect(kolada.stderr).toContain('Kolada could not be reached');

    // A database holding the demo as an older version recorded it: its first step (the
    // municipality's registration) was recorded by another command under the same key.
    await query(sql`update events
      set metadata = jsonb_set(metadata, '{causationId}', to_jsonb(gen_random_uuid()::text))
      where position = (select min(position) from events where tenant = '0192')`);
    const older = demo();
    expect(older.status).toBe(1);
    expect(older.stdout).toBe('');
    expect(older.stderr).toContain('already holds the demo as an older version');
    expect(older.stderr).toContain('demo-nynashamn-1 (POST /organisations)');
    expect(older.stderr).toContain('record it into an empty database');
    expect(await countEvents()).toBe(events);
  }, 600_000);
});
