import { randomUUID } from 'node:crypto';
import { ANY, type EventStore, type NewEvent, type Position } from '@app/event-store';
import { SAMPLE_HAPPENED } from './sample-counts.projection';

export const TENANT = '0192';

export function sampleEvent(type = SAMPLE_HAPPENED, data: Record<string, unknown> = {}): NewEvent {
  return {
    id: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    metadata: {
      actor: { id: 'anna', role: 'secretary', organisation: 'NAF' },
      correlationId: randomUUID(),
    },
  };
}

/** Appends `count` events to one stream in appends of `perAppend`; returns the last position. */
export async function appendMany(
  store: EventStore,
  stream: string,
  count: number,
  options: { perAppend?: number; type?: string; tenant?: string } = {},
): Promise<Position> {
  const perAppend = options.perAppend ?? count;
  let position = 0n;
  for (let done = 0; done < count; done += perAppend) {
    const events = Array.from({ length: Math.min(perAppend, count - done) }, () =>
      sampleEvent(options.type),
    );
    ({ position } = await store.append(options.tenant ?? TENANT, stream, events, ANY));
  }
  return position;
}

/** The rows the sample projection must hold after `perStream` handled events in each stream. */
export function expectedStreamCounts(
  streams: readonly string[],
  perStream: number,
  tenant = TENANT,
) {
  return [...streams]
    .sort()
    .map((stream) => ({ tenant, stream, events: perStream, last_revision: String(perStream - 1) }));
}

/**
 * Waits until readers see everything up to `position`. On PostgreSQL an event stays invisible
 * while any older transaction on the server runs (other test files share the server).
 */
export async function untilVisible(store: EventStore, position: Position): Promise<void> {
  while ((await store.head()) < position) await new Promise((resolve) => setTimeout(resolve, 10));
}
