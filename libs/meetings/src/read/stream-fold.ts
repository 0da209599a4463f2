import type { RecordedEvent } from '@app/event-store';

/**
 * Folds the events after `revision` (-1: none folded yet); undefined when all were folded before.
 * The read models here keep each stream's folded state with the last revision folded in and
 * apply a batch stream by stream (byStream), so applying the same events twice (a retried
 * batch, a replay) changes nothing.
 */
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
