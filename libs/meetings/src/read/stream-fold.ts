import type { RecordedEvent } from '@app/event-store';

/**
 * The read models here keep each stream's folded state with the last revision folded in. A batch
 * is applied stream by stream: only events above the stored revision are folded, so applying the
 * same events twice (a retried batch, a replay) changes nothing.
 */
export interface StreamEvents {
  tenant: string;
  events: RecordedEvent[];
}

/** The batch's events per (tenant, stream), each stream's in revision order, each revision once. */
export function byStream(events: readonly RecordedEvent[]): StreamEvents[] {
  const streams = new Map<string, Map<bigint, RecordedEvent>>();
  for (const event of events) {
    const key = `${event.metadata.tenant}\u0000${event.stream}`;
    const revisions = streams.get(key) ?? new Map<bigint, RecordedEvent>();
    revisions.set(event.revision, event);
    streams.set(key, revisions);
  }
  return [...streams.values()].map((revisions) => {
    const sorted = [...revisions.values()].sort((a, b) => (a.revision < b.revision ? -1 : 1));
    return { tenant: sorted[0]!.metadata.tenant, events: sorted };
  });
}

/** Folds the events after `revision` (-1: none folded yet); undefined when all were folded before. */
export function foldUnseen<S, E>(
  state: S,
  revision: number,
  events: readonly RecordedEvent[],
  evolve: (state: S, event: E) => S,
): { state: S; revision: number } | undefined {
  const fresh = events.filter((event) => Number(event.revision) > revision);
  if (fresh.length === 0) return undefined;
  return {
    state: fresh.reduce(
      (current, event) => evolve(current, { type: event.type, data: event.data } as E),
      state,
    ),
    revision: Number(fresh.at(-1)!.revision),
  };
}
