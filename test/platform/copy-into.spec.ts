import { sql, type Kysely } from 'kysely';
import { copyInto, copyText } from '@app/platform';
import { testDatabases, type OpenTestDatabase } from '../support/test-databases';

describe('copyText', () => {
  it('writes tab-separated lines, \\N for null, t/f for booleans', () => {
    expect(copyText([['a', 1, null, true, 12345678901234567890n]])).toBe(
      'a\t1\t\\N\tt\t12345678901234567890\n',
    );
  });

  it('escapes backslash, newline, carriage return and tab, and nothing else', () => {
    expect(copyText([['a\\b\nc\rd\te "f" ÅÄÖ']])).toBe('a\\\\b\\nc\\rd\\te "f" ÅÄÖ\n');
  });
});

describe.each(testDatabases)('copyInto on $name', (engine) => {
  let database: OpenTestDatabase;
  let db: Kysely<any>;
  beforeAll(async () => {
    database = await engine.open();
    db = database.db;
    await sql`create schema copy_target`.execute(db);
    await sql`
      create table copy_target.rows (id bigint primary key, name text, data json, at timestamptz,
                                     flag boolean)`.execute(db);
  });
  afterAll(() => database.close());

  const awkward = { text: 'tab\there, "quoted", back\\slash, line\nbreak', list: [1, 'två'] };

  it('loads every value as written, in the transaction, into the table the search_path names', async () => {
    await db.transaction().execute(async (tx) => {
      await sql`set local search_path to copy_target, public`.execute(tx);
      await copyInto(
        tx,
        'rows',
        ['id', 'name', 'data', 'at', 'flag'],
        [
          [1, 'Karin\tBerg\\', JSON.stringify(awkward), '2026-12-03T10:00:00.123Z', true],
          [2, null, 'null', null, false],
        ],
      );
    });
    const { rows } = await sql<{
      id: string;
      name: string | null;
      data: unknown;
      at: string | null;
      flag: boolean;
    }>`select id::text, name, data, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') as at, flag
         from copy_target.rows order by id`.execute(db);
    expect(rows).toEqual([
      { id: '1', name: 'Karin\tBerg\\', data: awkward, at: '2026-12-03T10:00:00.123', flag: true },
      { id: '2', name: null, data: null, at: null, flag: false },
    ]);
  });

  it('fails as a statement does, and the transaction writes nothing', async () => {
    await expect(
      db.transaction().execute(async (tx) => {
        await sql`insert into copy_target.rows (id) values (10)`.execute(tx);
        await sql`set local search_path to copy_target, public`.execute(tx);
        await copyInto(tx, 'rows', ['id'], [[11], [1]]);
      }),
    ).rejects.toThrow(/duplicate key/);
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from copy_target.rows where id >= 10`.execute(db);
    expect(rows[0].n).toBe(0);
  });

  it('leaves the connection usable for the next query after a failed COPY', async () => {
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(db);
    expect(rows).toEqual([{ one: 1 }]);
  });
});
