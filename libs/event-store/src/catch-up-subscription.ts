import type { Position, RecordedEvent, Subscription } from './event-store.port';

export interface CatchUpOptions {
  from: Position;
  /** Committed events after a position, in commit order: the adapter's readAll. */
  readPage(from: Position, limit: number): Promise<RecordedEvent[]>;
  /** Registers a wake-up (e.g. LISTEN); resolves to a function that stops it. */
  listen(onWake: () => void): Promise<() => Promise<void>>;
  pageSize: number;
  /**
   * Wake-ups are hints, not guarantees: a notification can be lost with a connection or with a
   * writer process that dies between an append's commit and its notification (PostgreSQL sends
   * it after the commit: see CommitNotifier), and an event may stay invisible after its own
   * notification while an older transaction runs. So the subscription also polls at this
   * interval while idle, which bounds what a lost wake-up costs, and after a wake-up that found
   * nothing it looks again sooner (doubling from 10 ms up to this interval).
   */
  pollIntervalMs: number;
  onClose?(subscription: Subscription): void;
}

/** Reads pages from the checkpoint until it is caught up, then waits for a wake-up or the poll. */
export class CatchUpSubscription implements Subscription {
  private closed = false;
  private started = false;
  private woken = false;
  /** Set while a wake-up has promised events that the read did not yet see. */
  private recheckMs: number | undefined;
  private wake: (() => void) | undefined;
  private unlisten: (() => Promise<void>) | undefined;

  constructor(private readonly options: CatchUpOptions) {}

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    if (this.started) throw new Error('A subscription can be iterated only once');
    this.started = true;
    return this.run();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.wake?.();
    await this.stopListening();
    this.options.onClose?.(this);
  }

  private async *run(): AsyncGenerator<RecordedEvent> {
    let checkpoint = this.options.from;
    // Listen before the first read, so that nothing committed during catch-up goes unnoticed.
    const unlisten = await this.options.listen(() => this.signal());
    this.unlisten = unlisten;
    if (this.closed) await this.stopListening();
    try {
      while (!this.closed) {
        const woken = this.woken;
        this.woken = false;
        const page = await this.options.readPage(checkpoint, this.options.pageSize);
        for (const event of page) {
          if (this.closed) return;
          yield event;
          checkpoint = event.position;
        }
        this.recheckMs = nextRecheck(
          woken,
          page.length > 0,
          this.recheckMs,
          this.options.pollIntervalMs,
        );
        if (page.length < this.options.pageSize)
          await this.idle(this.recheckMs ?? this.options.pollIntervalMs);
      }
    } finally {
      await this.stopListening();
    }
  }

  private signal(): void {
    this.woken = true;
    this.wake?.();
  }

  private idle(ms: number): Promise<void> {
    if (this.woken || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private async stopListening(): Promise<void> {
    const unlisten = this.unlisten;
    this.unlisten = undefined;
    // Stopping can fail only when the connection is already gone, which ends the listening too.
    await unlisten?.().catch(() => undefined);
  }
}

/** A wake-up that finds nothing starts short rechecks; finding events or giving up ends them. */
function nextRecheck(
  woken: boolean,
  found: boolean,
  current: number | undefined,
  pollMs: number,
): number | undefined {
  if (found) return undefined;
  if (woken) return Math.min(10, pollMs);
  if (current === undefined) return undefined;
  const next = current * 2;
  return next < pollMs ? next : undefined;
}
