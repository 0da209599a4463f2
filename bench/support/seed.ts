import { NO_STREAM, type EventStore, type Position } from '@app/event-store';
import { TENANT } from './events';
import { structureHistory } from './structure-history';

/**
 * Appends a structure history of about `events` events through the store, eight streams at a
 * time (each stream in one append). Answers the events written and the last position.
 */
export async function seedStructure(
  store: EventStore,
  events: number,
): Promise<{ events: number; position: Position }> {
  const history = structureHistory(events);
  let written = 0;
  let position: Position = 0n;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let next = history.next(); !next.done; next = history.next()) {
        const result = await store.append(TENANT, next.value.stream, next.value.events, NO_STREAM);
        written += next.value.events.length;
        if (result.position > position) position = result.position;
      }
    }),
  );
  return { events: written, position };
}
