import { CatchUpSubscription } from './catch-up-subscription';
import type { Position, RecordedEvent } from './event-store.port';

const HOUR = 3_600_000;

/** Closed after each test, so that a failing test does not leave an hour-long timer behind. */
const opened: CatchUpSubscription[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((subscription) => subscription.close()));
});

/** An in-memory log; `visible` hides the tail, like a transaction that has not ended yet. */
class FakeLog {
  events: RecordedEvent[] = [];
  visible = Infinity;
  reads = 0;
  wake: (() => void) | undefined;
  unlistened = 0;
  /** Runs while a read is in flight, after the read has taken its snapshot. */
  duringRead: (() => void) | undefined;

  add(count: number): void {
    for (let i = 0; i < count; i++) {
      const position = BigInt(this.events.length + 1);
      this.events.push({ id: `e${position}`, position } as RecordedEvent);
    }
  }

  subscription(options: { pageSize?: number; pollIntervalMs?: number; from?: Position } = {}) {
    const subscription = new CatchUpSubscription({
      from: options.from ?? 0n,
      pageSize: options.pageSize ?? 2,
      pollIntervalMs: options.pollIntervalMs ?? HOUR,
      readPage: async (from, limit) => {
        this.reads++;
        const page = this.events
          .filter((e) => e.position > from && e.position <= this.visible)
          .slice(0, limit);
        const during = this.duringRead;
        this.duringRead = undefined;
        during?.();
        return page;
      },
      listen: async (onWake) => {
        this.wake = onWake;
        return async () => {
          this.unlistened++;
        };
      },
    });
    opened.push(subscription);
    return subscription;
  }
}

async function next(iterator: AsyncIterator<RecordedEvent>): Promise<string> {
  const result = await iterator.next();
  return result.done ? 'done' : result.value.id;
}

describe('CatchUpSubscription', () => {
  it('catches up across pages from after the given position, then delivers on a wake-up', async () => {
    const log = new FakeLog();
    log.add(5);
    const subscription = log.subscription({ from: 1n });
    const iterator = subscription[Symbol.asyncIterator]();
    expect([
      await next(iterator),
      await next(iterator),
      await next(iterator),
      await next(iterator),
    ]).toEqual(['e2', 'e3', 'e4', 'e5']);
    const pending = next(iterator);
    log.add(1);
    log.wake?.();
    expect(await pending).toBe('e6');
    await subscription.close();
  });

  it('polls when no wake-up comes', async () => {
    const log = new FakeLog();
    const subscription = log.subscription({ pollIntervalMs: 5 });
    const iterator = subscription[Symbol.asyncIterator]();
    const pending = next(iterator);
    log.add(1); // no wake-up: only the poll can find it
    expect(await pending).toBe('e1');
    await subscription.close();
  });

  it('does not lose a wake-up that arrives while a read is in flight', async () => {
    const log = new FakeLog();
    const subscription = log.subscription();
    const iterator = subscription[Symbol.asyncIterator]();
    log.duringRead = () => {
      log.add(1);
      log.wake?.();
    };
    expect(await next(iterator)).toBe('e1');
    await subscription.close();
  });

  it('looks again after a wake-up whose event is not visible yet', async () => {
    const log = new FakeLog();
    log.visible = 0;
    const subscription = log.subscription();
    const iterator = subscription[Symbol.asyncIterator]();
    log.duringRead = () => {
      log.add(1);
      log.wake?.();
      // The first read after the wake-up still cannot see it; later reads can.
      log.duringRead = () => (log.visible = Infinity);
    };
    expect(await next(iterator)).toBe('e1');
    await subscription.close();
  });

  it('ends a waiting iteration on close and stops listening once', async () => {
    const log = new FakeLog();
    const subscription = log.subscription();
    const iterator = subscription[Symbol.asyncIterator]();
    const pending = next(iterator);
    await subscription.close();
    expect(await pending).toBe('done');
    expect(log.unlistened).toBe(1);
    expect(await next(iterator)).toBe('done');
  });

  it('stops listening when the consumer breaks out of its loop', async () => {
    const log = new FakeLog();
    log.add(3);
    const subscription = log.subscription();
    for await (const event of subscription) {
      if (event.id === 'e2') break;
    }
    expect(log.unlistened).toBe(1);
  });

  it('can be iterated only once', () => {
    const subscription = new FakeLog().subscription();
    subscription[Symbol.asyncIterator]();
    expect(() => subscription[Symbol.asyncIterator]()).toThrow(/only once/);
  });
});
