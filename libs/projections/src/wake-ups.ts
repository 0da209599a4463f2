import type { EventStore, Subscription } from '@app/event-store';
import { backoffMs, sleep } from './retry';

export interface EngineLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: EngineLogger = {
  log: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/**
 * Tells the runners that new events are readable. It follows the store's own live subscription
 * (LISTEN/NOTIFY on PostgreSQL and PGlite, `$all` on KurrentDB), which only yields events once
 * they are visible to readers, so a wake-up never arrives before the events it announces. One
 * subscription per process serves every runner; runners still poll, in case it stalls.
 */
export class WakeUps {
  private readonly listeners = new Set<() => void>();
  private readonly abort = new AbortController();
  private subscription: Subscription | undefined;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly logger: EngineLogger,
    private readonly retry = { initialMs: 250, maxMs: 30_000 },
  ) {}

  on(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.subscription?.close();
    await this.loop;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.abort.signal.aborted) {
      try {
        const head = await this.store.head();
        if (this.abort.signal.aborted) return;
        this.subscription = this.store.subscribe(head);
        for await (const _event of this.subscription) {
          failures = 0;
          this.listeners.forEach((listener) => listener());
        }
      } catch (error) {
        failures++;
        this.logger.warn(`event wake-ups interrupted (${(error as Error).message}); retrying`);
      }
      await sleep(
        backoffMs(Math.max(failures, 1), this.retry.initialMs, this.retry.maxMs),
        this.abort.signal,
      );
    }
  }
}
