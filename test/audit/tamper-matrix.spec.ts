/**
 * The tamper matrix: each case changes the stored data directly, as someone with write access
 * to the database would, and expects verification to fail naming the place.
 */
import { sql } from 'kysely';
import { linkHash, linkOf, PostgresEventStore } from '@app/event-store';
import type { SqlDatabase } from '@app/platform';
import { testDatabases, type OpenTestDatabase } from '../support/test-databases';
import {
  issueCheckpoints,
  tamper,
  testSigner,
  verify,
  writeLog,
  TENANT,
} from './audit-log-fixture';

const signer = testSigner();

/** Where a stream's event is, by stream and revision. */
const at = (stream: string, revision: number) =>
  sql`tenant = ${TENANT} and stream = ${stream} and revision = ${revision}`;

for (const testDatabase of testDatabases) {
  describe(`verification against tampering on ${testDatabase.name}`, () => {
    let database: OpenTestDatabase;
    let kept: string;

    beforeAll(async () => {
      database = await testDatabase.open();
    });
    afterAll(() => database.close());

    // One database for the file (opening one is slow); every case starts from the same log.
    beforeEach(async () => {
      await sql`truncate events, audit_checkpoints`.execute(database.db);
      const store = new PostgresEventStore(database);
      await writeLog(store);
      [, kept] = await issueCheckpoints(database, store, signer, TENANT, [5, 9]);
      await issueCheckpoints(database, store, signer, '0138', [1]);
    });

    it('passes an untouched log, naming how far each tree is verified', async () => {
      const report = await verify(database, signer, kept);
      expect(report).toMatchObject({ ok: true, events: 10, streams: 4, breaks: [] });
      expect(report.tenants).toEqual(
        expect.arrayContaining([
          { tenant: TENANT, leaves: 9, checkpoints: 2, verifiedUpTo: 9 },
          { tenant: '0138', leaves: 1, checkpoints: 1, verifiedUpTo: 1 },
        ]),
      );
    });

    it.each<[string, ReturnType<typeof sql>]>([
      ['data', sql`update events set data = '{"n":99}' where ${at('group-a', 1)}`],
      [
        'reason',
        sql`update events set metadata = jsonb_set(metadata, '{reason}', '"ändrat"') where ${at('group-a', 1)}`,
      ],
      [
        'onBehalfOf',
        sql`update events set metadata = jsonb_set(metadata, '{onBehalfOf}', '"BUF"') where ${at('group-a', 1)}`,
      ],
      [
        'record time',
        sql`update events set recorded_at = recorded_at - interval '1 day' where ${at('group-a', 1)}`,
      ],
      [
        'actor',
        sql`update events set metadata = jsonb_set(metadata, '{actor,role}', '"admin"') where ${at('group-a', 1)}`,
      ],
      ['valid date', sql`update events set valid_from = '2020-01-01' where ${at('group-a', 1)}`],
    ])('finds a changed %s at its stream and revision', async (_what, statement) => {
      await tamper(database, statement);
      const report = await verify(database, signer, kept);
      expect(report.ok).toBe(false);
      expect(report.breaks).toEqual([
        expect.objectContaining({ problem: 'hash', tenant: TENANT, stream: 'group-a', revision: '1', leafIndex: 2 }),
      ]); // prettier-ignore
    });

    it('finds a deleted middle event at the next revision of its stream', async () => {
      await tamper(database, sql`delete from events where ${at('group-a', 1)}`);
      const report = await verify(database, signer, kept);
      expect(report.breaks).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ problem: 'revision-gap', stream: 'group-a', revision: '2' }),
          expect.objectContaining({ problem: 'checkpoint-root', checkpoint: expect.objectContaining({ treeSize: 5 }), leaves: [0, 5] }),
        ]),
      ); // prettier-ignore
    });

    it('finds a deleted last event of a stream by the checkpoint after it', async () => {
      // group-b/2 is group-b's last event and leaf 6: no chain can see it go.
      await tamper(database, sql`delete from events where ${at('group-b', 2)}`);
      const report = await verify(database, signer, kept);
      expect(report.breaks.filter((b) => b.stream !== undefined)).toEqual([]);
      expect(report.breaks).toEqual([
        expect.objectContaining({ problem: 'truncated', tenant: TENANT, checkpoint: expect.objectContaining({ treeSize: 9 }), leaves: [8, 9] }),
        expect.objectContaining({ problem: 'kept-checkpoint', tenant: TENANT }),
      ]); // prettier-ignore
      expect(report.tenants.find((t) => t.tenant === TENANT)?.verifiedUpTo).toBe(5);
    });

    it('finds a deleted whole stream', async () => {
      await tamper(
        database,
        sql`delete from events where tenant = ${TENANT} and stream = 'group-c'`,
      );
      const report = await verify(database, signer, kept);
      expect(report.breaks).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ problem: 'checkpoint-root', checkpoint: expect.objectContaining({ treeSize: 5 }), leaves: [0, 5] }),
          expect.objectContaining({ problem: 'truncated', checkpoint: expect.objectContaining({ treeSize: 9 }) }),
        ]),
      ); // prettier-ignore
    });

    it("finds two events' data swapped, at both places", async () => {
      await tamper(
        database,
        sql`
        update events e set data = o.data from events o
         where e.tenant = ${TENANT} and o.tenant = ${TENANT}
           and ((e.stream = 'group-a' and e.revision = 0 and o.stream = 'group-b' and o.revision = 0)
             or (e.stream = 'group-b' and e.revision = 0 and o.stream = 'group-a' and o.revision = 0))`,
      );
      const report = await verify(database, signer, kept);
      expect(report.breaks).toEqual([
        expect.objectContaining({ problem: 'hash', stream: 'group-a', revision: '0' }),
        expect.objectContaining({ problem: 'hash', stream: 'group-b', revision: '0' }),
      ]);
    });

    it('finds the commit order changed, naming the leaves after the last checkpoint that held', async () => {
      // Leaves 5 (group-a/2) and 6 (group-b/2) trade places: each chain still holds.
      await swapPositions(database);
      const report = await verify(database, signer, kept);
      expect(report.breaks.filter((b) => b.stream !== undefined)).toEqual([]);
      expect(report.breaks).toEqual([
        expect.objectContaining({ problem: 'checkpoint-root', checkpoint: expect.objectContaining({ treeSize: 9 }), leaves: [5, 9] }),
        expect.objectContaining({ problem: 'kept-checkpoint' }),
      ]); // prettier-ignore
    });

    describe('a stream rewritten with recomputed hashes', () => {
      beforeEach(async () => {
        const store = new PostgresEventStore(database);
        const events = await store.readStream(TENANT, 'group-a');
        let prevHash: string | null = null;
        for (const recorded of events) {
          const data = recorded.revision === 1n ? { n: 'rewritten' } : recorded.data;
          const hash = linkHash({ ...linkOf({ ...recorded, data }), prevHash });
          await tamper(
            database,
            sql`
            update events set data = ${JSON.stringify(data)}::jsonb, prev_hash = ${prevHash}, hash = ${hash}
             where ${at('group-a', Number(recorded.revision))}`,
          );
          prevHash = hash;
        }
      });

      it('holds every chain, but not the signed checkpoints', async () => {
        const report = await verify(database, signer);
        expect(report.breaks.filter((b) => b.stream !== undefined)).toEqual([]);
        expect(report.breaks).toEqual([
          expect.objectContaining({ problem: 'checkpoint-root', checkpoint: expect.objectContaining({ treeSize: 5 }), leaves: [0, 5] }),
          expect.objectContaining({ problem: 'checkpoint-root', checkpoint: expect.objectContaining({ treeSize: 9 }), leaves: [0, 9] }),
        ]); // prettier-ignore
      });

      it('is caught by the checkpoint the auditor kept, even when the kept ones are deleted', async () => {
        await tamper(database, sql`delete from audit_checkpoints`);
        expect((await verify(database, signer)).ok).toBe(true);
        const report = await verify(database, signer, kept);
        expect(report.breaks).toEqual([
          expect.objectContaining({
            problem: 'kept-checkpoint',
            tenant: TENANT,
            checkpoint: { treeSize: 9 },
          }),
        ]);
      });
    });

    it('finds a checkpoint with a forged signature', async () => {
      const forger = testSigner();
      const { rows } = await sql<{ root: Uint8Array }>`
        select root from audit_checkpoints where tenant = ${TENANT} and tree_size = 9`.execute(
        database.db,
      );
      const { signCheckpoint } = await import('@app/audit');
      const forged = signCheckpoint(
        { origin: `samverkan.test/${TENANT}`, size: 9, root: Buffer.from(rows[0].root) },
        forger,
      );
      await tamper(
        database,
        sql`update audit_checkpoints set note = ${forged} where tenant = ${TENANT} and tree_size = 9`,
      );
      const report = await verify(database, signer);
      expect(report.breaks).toEqual([
        expect.objectContaining({ problem: 'checkpoint-signature', tenant: TENANT, checkpoint: expect.objectContaining({ treeSize: 9 }) }),
      ]); // prettier-ignore
    });

    it('finds a truncated log', async () => {
      await tamper(
        database,
        sql`
        delete from events where tenant = ${TENANT}
           and position in (select position from events where tenant = ${TENANT} order by position desc limit 2)`,
      );
      const report = await verify(database, signer, kept);
      expect(report.breaks).toEqual([
        expect.objectContaining({ problem: 'truncated', tenant: TENANT, checkpoint: expect.objectContaining({ treeSize: 9 }), leaves: [7, 9] }),
        expect.objectContaining({ problem: 'kept-checkpoint', tenant: TENANT }),
      ]); // prettier-ignore
    });
  });
}

/** Swaps the positions (the commit order) of group-a/2 and group-b/2, through a free one. */
async function swapPositions(database: SqlDatabase): Promise<void> {
  const { rows } = await sql<{ position: string }>`
    select position::text as position from events
     where ${at('group-a', 2)} or ${at('group-b', 2)} order by position`.execute(database.db);
  const [first, second] = rows.map((row) => row.position);
  await tamper(database, sql`update events set position = 1 where position = ${second}::bigint`);
  await tamper(
    database,
    sql`update events set position = ${second}::bigint where position = ${first}::bigint`,
  );
  await tamper(database, sql`update events set position = ${first}::bigint where position = 1`);
}
