import { DomainError, type CommandContext, type Decider } from '@app/kernel';
import {
  CommandExecutor,
  PostgresEventStore,
  type Aggregate,
  ProcessInFlightError,
  type ProcessSession,
} from '@app/event-store';
import { testDatabases, type OpenTestDatabase } from '../support/test-databases';

/** Two accounts and a transfer between them: the smallest process that spans two streams. */
type AccountCommand = { type: 'Move'; data: { amount: number } };
type AccountEvent = { type: 'Moved'; data: { amount: number } };

const decider: Decider<AccountCommand, AccountEvent, number> = {
  initialState: 0,
  evolve: (balance, event) => balance + event.data.amount,
  decide: (command, balance) => {
    if (balance + command.data.amount < 0) throw new DomainError('ACCOUNT.OVERDRAWN', 'no');
    return [{ type: 'Moved', data: command.data }];
  },
};

const account: Aggregate<AccountCommand, AccountEvent, number> = {
  name: 'account',
  decider,
  streamOf: (id) => `account-${id}`,
  validFromOf: () => '2024-11-14',
};

const context = (extra: Partial<CommandContext> = {}): CommandContext => ({
  identity: {
    actor: { id: 'anna', name: 'Anna Svensson', role: 'secretary', organisation: 'NAF' },
    municipality: '0192',
  },
  correlationId: 'req-1',
  ...extra,
});

const move = (amount: number): AccountCommand => ({ type: 'Move', data: { amount } });

describe.each(testDatabases)('CommandExecutor.process on $name', (engine) => {
  let database: OpenTestDatabase;
  let store: PostgresEventStore;
  let executor: CommandExecutor;
  beforeAll(async () => {
    database = await engine.open();
    store = new PostgresEventStore(database);
    executor = new CommandExecutor(store);
    await executor.execute(account, 'a', move(10), context());
  });
  afterAll(async () => {
    await store.close();
    await database.close();
  });

  const eventsOf = (id: string) => store.readStream('0192', `account-${id}`);
  const balanceOf = async (id: string) =>
    (await eventsOf(id)).reduce((sum, event) => sum + (event.data as { amount: number }).amount, 0);

  /** Debit first (the stream whose rule can fail), then credit; `crash` stops between the two. */
  const transfer = (from: string, to: string, amount: number, crash = false) =>
    async function body(session: ProcessSession) {
      const source = await session.load(account, from);
      const target = await session.load(account, to);
      const debit = decider.decide(move(-amount), source.state);
      const credit = decider.decide(move(amount), target.state);
      await session.append(account, from, debit);
      if (crash) throw new Error('crashed between the appends');
      return session.append(account, to, credit);
    };
  const spec = (from: string, to: string, amount: number) => ({
    name: 'transfer',
    request: { from, to, amount },
    target: { aggregate: account, id: to },
  });

  it('writes every stream with one causation id and answers with the last position', async () => {
    const result = await executor.process(spec('a', 'b', 3), context(), transfer('a', 'b', 3));
    const [debit] = (await eventsOf('a')).slice(-1);
    const [credit] = await eventsOf('b');
    expect(debit.metadata.causationId).toBe(credit.metadata.causationId);
    expect(result).toEqual({ id: 'b', revision: 0, position: credit.position.toString() });
  });

  it('completes an interrupted process when retried with the same key, writing nothing twice', async () => {
    const key = context({ idempotencyKey: 'k-resume' });
    await executor.execute(account, 'c', move(10), context());
    await expect(
      executor.process(spec('c', 'd', 4), key, transfer('c', 'd', 4, true)),
    ).rejects.toThrow('crashed');
    expect(await balanceOf('c')).toBe(6);
    expect(await eventsOf('d')).toHaveLength(0);
    // Another debit lands between the crash and the retry: the retry must not debit again.
    await executor.execute(account, 'c', move(-5), context());

    const retried = await executor.process(spec('c', 'd', 4), key, transfer('c', 'd', 4));
    expect(await balanceOf('c')).toBe(1);
    expect(await balanceOf('d')).toBe(4);
    const again = await executor.process(spec('c', 'd', 4), key, transfer('c', 'd', 4));
    expect(again).toEqual(retried);
    expect(await eventsOf('c')).toHaveLength(3);
    expect(await eventsOf('d')).toHaveLength(1);
  });

  it('refuses the same key with another input (422) before writing anything', async () => {
    const key = context({ idempotencyKey: 'k-reuse' });
    await executor.execute(account, 'e', move(10), context());
    await executor.process(spec('e', 'f', 1), key, transfer('e', 'f', 1));
    await expect(
      executor.process(spec('e', 'f', 2), key, transfer('e', 'f', 2)),
    ).rejects.toMatchObject({ code: 'IDEMPOTENCY.KEY_REUSED', kind: 'invalid' });
    expect(await balanceOf('e')).toBe(9);
  });

  it('checks If-Match against the target stream only: 412 when stale', async () => {
    await executor.execute(account, 'g', move(10), context());
    await expect(
      executor.process(spec('g', 'h', 1), context({ expectedRevision: 3 }), transfer('g', 'h', 1)),
    ).rejects.toMatchObject({ code: 'REQUEST.PRECONDITION_FAILED', details: { actual: -1 } });
    expect(await balanceOf('g')).toBe(10);
  });

  it('decides a lost race again on the new state: no event lost, no rule broken', async () => {
    await executor.execute(account, 'i', move(5), context());
    const outcomes = await Promise.allSettled(
      ['j1', 'j2', 'j3', 'j4', 'j5', 'j6'].map((to) =>
        executor.process(spec('i', to, 1), context(), transfer('i', to, 1)),
      ),
    );
    const succeeded = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    expect(succeeded).toHaveLength(5);
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    expect((failed as PromiseRejectedResult).reason).toMatchObject({ code: 'ACCOUNT.OVERDRAWN' });
    expect(await balanceOf('i')).toBe(0);
  });

  it('decides again when the body met a write still in flight, then gives up with 409', async () => {
    let tries = 0;
    const result = await executor.process(spec('a', 'k', 1), context(), async (session) => {
      if (++tries < 3) throw new ProcessInFlightError('not yet');
      return transfer('a', 'k', 1)(session);
    });
    expect(tries).toBe(3);
    expect(result.id).toBe('k');
    await expect(
      executor.process(spec('a', 'l', 1), context(), async () => {
        throw new ProcessInFlightError('never');
      }),
    ).rejects.toMatchObject({ code: 'CONCURRENCY.CONFLICT', kind: 'conflict' });
    expect(await eventsOf('l')).toHaveLength(0);
  });

  it('answers a completed process repeated with its key as before, whatever happened since', async () => {
    await executor.execute(account, 'r1', move(10), context());
    const keyed = context({ idempotencyKey: 'transfer-r' });
    const first = await executor.process(spec('r1', 'r2', 10), keyed, transfer('r1', 'r2', 10));
    // The source is empty now: deciding the transfer afresh would be refused as overdrawn.
    await executor.execute(account, 'r2', move(-10), context());
    const again = await executor.process(spec('r1', 'r2', 10), keyed, transfer('r1', 'r2', 10));
    expect(again).toEqual(first);
    expect(await eventsOf('r1')).toHaveLength(2);
  });

  it('refuses to finish an interrupted process on a stream that others wrote to since', async () => {
    await executor.execute(account, 's1', move(10), context());
    const keyed = context({ idempotencyKey: 'transfer-s' });
    await expect(
      executor.process(spec('s1', 's2', 4), keyed, transfer('s1', 's2', 4, true)),
    ).rejects.toThrow('crashed between the appends');
    await executor.execute(account, 's2', move(1), context());
    await expect(
      executor.process(spec('s1', 's2', 4), keyed, transfer('s1', 's2', 4)),
    ).rejects.toMatchObject({ code: 'PROCESS.RESUMED_TOO_LATE', kind: 'conflict' });
    expect(await eventsOf('s2')).toHaveLength(1);
  });
});
