import type { EventStore, RecordedEvent } from '@app/event-store';

/**
 * Reads pages of the store, the next one while the current one is being projected: a full page
 * means more follow right after its last position, which is where the builds will stand next
 * (unless one fails, and then the page is dropped). A short page is the end for now: nothing is
 * read ahead of it, so a later read sees what was committed meanwhile.
 */
export class PageReader {
  private ahead: { from: bigint; page: Promise<RecordedEvent[]> } | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly size: number,
  ) {}

  async read(from: bigint): Promise<RecordedEvent[]> {
    const page = this.ahead?.from === from ? this.ahead.page : this.store.readAll(from, this.size);
    this.ahead = undefined;
    const events = await page;
    if (events.length === this.size) {
      const next = events[events.length - 1].position;
      const ahead = this.store.readAll(next, this.size);
      // Awaited by the next read; if nobody reads it (the rebuild stopped), its failure is moot.
      ahead.catch(() => undefined);
      this.ahead = { from: next, page: ahead };
    }
    return events;
  }
}
