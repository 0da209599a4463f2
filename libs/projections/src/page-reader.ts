import type { EventStore, RecordedEvent } from '@app/event-store';

export interface Page<P> {
  events: RecordedEvent[];
  /** What the reader's prepare made of the events, started as soon as they arrived. */
  prepared: P;
}

/**
 * Reads pages of the store, the next one while the current one is being projected, and starts
 * preparing each page as soon as it arrives: a full page means more follow right after its last
 * position, which is where the builds will stand next (unless one fails, and then the page is
 * dropped). So the next page is read and prepared (in Node) while the current one is written
 * (in the database). A short page is the end for now: nothing is read ahead of it, so a later
 * read sees what was committed meanwhile.
 */
export class PageReader<P = undefined> {
  private ahead: { from: bigint; page: Promise<Page<P>> } | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly size: number,
    private readonly prepare: (events: readonly RecordedEvent[]) => P = () => undefined as P,
  ) {}

  async read(from: bigint): Promise<Page<P>> {
    const page = this.ahead?.from === from ? this.ahead.page : this.fetch(from);
    this.ahead = undefined;
    const current = await page;
    if (current.events.length === this.size) {
      const next = current.events[current.events.length - 1].position;
      const ahead = this.fetch(next);
      // Awaited by the next read; if nobody reads it (the rebuild stopped), its failure is moot.
      ahead.catch(() => undefined);
      this.ahead = { from: next, page: ahead };
    }
    return current;
  }

  private async fetch(from: bigint): Promise<Page<P>> {
    const events = await this.store.readAll(from, this.size);
    return { events, prepared: this.prepare(events) };
  }
}
