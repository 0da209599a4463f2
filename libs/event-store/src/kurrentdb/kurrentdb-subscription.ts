/**
 * The port's subscription over a KurrentDB $all catch-up subscription: the server replays from
 * the position, then stays live on the same call, so there is no gap to stitch between the two.
 */
import {
  START,
  excludeSystemEvents,
  type AllStreamResolvedEvent,
  type KurrentDBClient,
} from '@kurrent/kurrentdb-client';
import type { Position, RecordedEvent, Subscription } from '../event-store.port';
import type { Upcasters } from '../upcasters';
import { toRecordedEvent } from './kurrentdb-envelope';

type Done = IteratorReturnResult<undefined>;

export function subscribeToKurrent(
  client: KurrentDBClient,
  upcasters: Upcasters,
  from: Position,
): Subscription {
  const source = client.subscribeToAll({
    fromPosition: from === 0n ? START : { commit: from, prepare: from },
    filter: excludeSystemEvents(),
  });
  // Pulling through the stream's own iterator keeps its backpressure: a slow consumer pauses
  // the gRPC call instead of buffering the whole of $all in memory.
  const pull = source[Symbol.asyncIterator]() as AsyncIterator<AllStreamResolvedEvent>;
  let close: (done: Done) => void = () => undefined;
  const closed = new Promise<Done>((resolve) => (close = resolve));
  let closing: Promise<void> | undefined;

  async function* events(): AsyncGenerator<RecordedEvent> {
    try {
      yield* relevant();
    } finally {
      // A consumer that leaves its loop early cannot iterate again; free the server call.
      await subscription.close();
    }
  }

  async function* relevant(): AsyncGenerator<RecordedEvent> {
    for (;;) {
      // A pending pull never settles once the call is cancelled; racing it with close ends the loop.
      const next = await Promise.race([pull.next(), closed]);
      if (next.done) return;
      const record = next.value.event;
      // The server starts after `from` already; the check keeps a replayed boundary event out.
      if (!record || record.position.commit <= from) continue;
      const event = toRecordedEvent(record, upcasters);
      if (event) yield event;
    }
  }

  const iterator = events();
  const subscription: Subscription = {
    [Symbol.asyncIterator]: () => iterator,
    close() {
      closing ??= (async () => {
        close({ done: true, value: undefined });
        await source.unsubscribe();
        await pull.return?.();
      })();
      return closing;
    },
  };
  return subscription;
}
