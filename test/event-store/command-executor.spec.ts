import { DomainError, type CommandContext, type Decider } from '@app/kernel';
import { sql } from 'kysely';
import { ActorNames, CommandExecutor, PostgresEventStore, type Aggregate } from '@app/event-store';
import { testDatabases, type OpenTestDatabase } from '../support/test-databases';

type TallyCommand =
  { type: 'Add'; data: { amount: number; on: string } } | { type: 'Close'; data: { on: string } };
type TallyEvent =
  | { type: 'Added'; data: { amount: number; on: string } }
  | { type: 'Closed'; data: { on: string } };
interface Tally {
  total: number;
  closed: boolean;
}

const decider: Decider<TallyCommand, TallyEvent, Tally> = {
  initialState: { total: 0, closed: false },
  evolve: (state, event) =>
    event.type === 'Added'
      ? { ...state, total: state.total + event.data.amount }
      : { ...state, closed: true },
  decide: (command, state) => {
    if (state.closed) throw new DomainError('TALLY.CLOSED', 'closed', 'conflict');
    if (command.type === 'Close') return [{ type: 'Closed', data: command.data }];
    if (command.data.amount === 0) return [];
    return [{ type: 'Added', data: command.data }];
  },
};

const tally: Aggregate<TallyCommand, TallyEvent, Tally> = {
  name: 'tally',
  decider,
  streamOf: (id) => `tally-${id}`,
  validFromOf: (event) => event.data.on,
};

const add = (amount: number): TallyCommand => ({ type: 'Add', data: { amount, on: '2024-11-14' } });

const context = (extra: Partial<CommandContext> = {}): CommandContext => ({
  identity: {
    actor: { id: 'anna', name: 'Anna Svensson', role: 'secretary', organisation: 'NAF' },
    municipality: '0192',
  },
  correlationId: 'req-1',
  ...extra,
});

describe.each(testDatabases)('CommandExecutor on $name', (engine) => {
  let database: OpenTestDatabase;
  let store: PostgresEventStore;
  let executor: CommandExecutor;
  let names: ActorNames;
  beforeAll(async () => {
    database = await engine.open();
    store = new PostgresEventStore(database);
    names = new ActorNames(database);
    executor = new CommandExecutor(store);
  });
  afterAll(async () => {
    await store.close();
    await database.close();
  });

  const eventsOf = (id: string, tenant = '0192') => store.readStream(tenant, `tally-${id}`);

  it('appends the decided events with who, why, when and the command that caused them', async () => {
    const result = await executor.execute(
      tally,
      't1',
      add(3),
      context({ reason: 'seed', onBehalfOf: 'BUF' }),
    );
    expect(result).toEqual({ id: 't1', revision: 0, position: expect.stringMatching(/^\d+$/) });
    const [event] = await eventsOf('t1');
    expect(event.position.toString()).toBe(result.position);
    expect(event.metadata).toMatchObject({
      actor: { id: 'anna', role: 'secretary', organisation: 'NAF' },
      correlationId: 'req-1',
      causationId: expect.any(String),
      reason: 'seed',
      onBehalfOf: 'BUF',
      validFrom: '2024-11-14',
    });
  });

  it("keeps the caller's name out of the event, in the erasable personal-data table", async () => {
    await executor.execute(tally, 't-named', add(1), context());
    const [event] = await eventsOf('t-named');
    expect(event.metadata.actor).toEqual({ id: 'anna', role: 'secretary', organisation: 'NAF' });
    const [row] = await sql<{ metadata: unknown }>`
      select metadata from events where event_id = ${event.id}
    `
      .execute(database.db)
      .then((result) => result.rows);
    expect(JSON.stringify(row.metadata)).not.toContain('Anna Svensson');
    expect(await names.namesOf('0192', ['anna'])).toEqual(new Map([['anna', 'Anna Svensson']]));
  });

  it("writes the caller's name in the append's transaction: no event without it, no name without one", async () => {
    // A name the table refuses fails the whole append: nothing is stored, so the error the
    // client gets is the truth (never an error for an event that was stored).
    await sql`
      create function refuse_mallory() returns trigger language plpgsql as $$
      begin
        if new.subject_id = 'mallory' then raise exception 'personal_data is unavailable'; end if;
        return new;
      end $$
    `.execute(database.db);
    await sql`
      create trigger refuse_mallory before insert or update on personal_data
        for each row execute function refuse_mallory()
    `.execute(database.db);
    try {
      const mallory = context();
      mallory.identity = {
        ...mallory.identity,
        actor: { ...mallory.identity.actor, id: 'mallory', name: 'Mallory' },
      };
      await expect(executor.execute(tally, 't-refused-name', add(1), mallory)).rejects.toThrow(
        'personal_data is unavailable',
      );
      expect(await eventsOf('t-refused-name')).toHaveLength(0);
    } finally {
      await sql`drop trigger refuse_mallory on personal_data`.execute(database.db);
    }

    // An append refused by the store (a stale revision) keeps no name either.
    await executor.execute(tally, 't-stale-name', add(1), context());
    const bert = context({ expectedRevision: 7 });
    bert.identity = {
      ...bert.identity,
      actor: { ...bert.identity.actor, id: 'bert', name: 'Bert' },
    };
    await expect(executor.execute(tally, 't-stale-name', add(1), bert)).rejects.toMatchObject({
      code: 'REQUEST.PRECONDITION_FAILED',
    });
    expect(await names.namesOf('0192', ['bert'])).toEqual(new Map());
  });

  it('records nothing when a rule is broken or the command changes nothing', async () => {
    await executor.execute(tally, 't2', { type: 'Close', data: { on: '2024-11-14' } }, context());
    await expect(executor.execute(tally, 't2', add(1), context())).rejects.toMatchObject({
      code: 'TALLY.CLOSED',
    });
    const noop = await executor.execute(tally, 't1', add(0), context());
    expect(noop.revision).toBe(0);
    expect(await eventsOf('t2')).toHaveLength(1);
  });

  it('fails a stale If-Match with 412 and records nothing; a current one passes', async () => {
    await executor.execute(tally, 't3', add(1), context());
    await expect(
      executor.execute(tally, 't3', add(1), context({ expectedRevision: 5 })),
    ).rejects.toMatchObject({
      code: 'REQUEST.PRECONDITION_FAILED',
      kind: 'precondition',
      details: { expected: 5, actual: 0 },
    });
    expect(
      (await executor.execute(tally, 't3', add(1), context({ expectedRevision: 0 }))).revision,
    ).toBe(1);
  });

  it('answers a repeated Idempotency-Key with the first result and records nothing more', async () => {
    const first = await executor.execute(tally, 't4', add(2), context({ idempotencyKey: 'k1' }));
    const again = await executor.execute(tally, 't4', add(2), context({ idempotencyKey: 'k1' }));
    expect(again).toEqual(first);
    expect(await eventsOf('t4')).toHaveLength(1);
    const other = await executor.execute(tally, 't4', add(2), context({ idempotencyKey: 'k2' }));
    expect(other.revision).toBe(1);
  });

  it('refuses the same Idempotency-Key on a different command with 422', async () => {
    await executor.execute(tally, 't5', add(2), context({ idempotencyKey: 'k1' }));
    await expect(
      executor.execute(tally, 't5', add(9), context({ idempotencyKey: 'k1' })),
    ).rejects.toMatchObject({
      code: 'IDEMPOTENCY.KEY_REUSED',
      kind: 'invalid',
    });
    expect(await eventsOf('t5')).toHaveLength(1);
  });

  it('derives a created aggregate id from the Idempotency-Key, per municipality', () => {
    const a = executor.newId(tally, context({ idempotencyKey: 'k' }));
    expect(executor.newId(tally, context({ idempotencyKey: 'k' }))).toBe(a);
    const elsewhere = context({ idempotencyKey: 'k' });
    elsewhere.identity = { ...elsewhere.identity, municipality: '0138' };
    expect(executor.newId(tally, elsewhere)).not.toBe(a);
    expect(executor.newId(tally, context())).not.toBe(executor.newId(tally, context()));
  });

  it('decides a lost race again on the new state, so no event is lost', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => executor.execute(tally, 't6', add(1), context())),
    );
    expect(results.map((r) => r.revision).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(await eventsOf('t6')).toHaveLength(6);
  });

  it('lets only one of two commands pinned to the same revision win; the other gets 412', async () => {
    await executor.execute(tally, 't7', add(1), context());
    const outcomes = await Promise.allSettled([
      executor.execute(tally, 't7', add(1), context({ expectedRevision: 0 })),
      executor.execute(tally, 't7', add(1), context({ expectedRevision: 0 })),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const failed = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ code: 'REQUEST.PRECONDITION_FAILED' });
    expect(await eventsOf('t7')).toHaveLength(2);
  });

  it('keeps municipalities apart', async () => {
    const other = context();
    other.identity = { ...other.identity, municipality: '0138' };
    await executor.execute(tally, 't8', add(1), other);
    expect(await eventsOf('t8')).toHaveLength(0);
    expect(await eventsOf('t8', '0138')).toHaveLength(1);
  });
});
