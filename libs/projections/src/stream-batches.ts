import type { RecordedEvent } from '@app/event-store';

/** One stream's events in a batch. */
export interface StreamBatch {
  tenant: string;
  stream: string;
  /** In revision order, each revision once. */
  events: RecordedEvent[];
}

/**
 * A batch's events per (tenant, stream): projections that keep per-stream state apply a batch
 * stream by stream. A revision delivered twice within the batch counts once.
 */
export function byStream(events: readonly RecordedEvent[]): StreamBatch[] {
  const streams = new Map<
    string,
    { tenant: string; stream: string; revisions: Map<bigint, RecordedEvent> }
  >();
  for (const event of events) {
    const { tenant } = event.metadata;
    const key = `${tenant}\u0000${event.stream}`;
    let entry = streams.get(key);
    if (!entry) {
      entry = { tenant, stream: event.stream, revisions: new Map() };
      streams.set(key, entry);
    }
    entry.revisions.set(event.revision, event);
  }
  return [...streams.values()].map(({ tenant, stream, revisions }) => ({
    tenant,
    stream,
    events: [...revisions.values()].sort((a, b) => (a.revision < b.revision ? -1 : 1)),
  }));
}
