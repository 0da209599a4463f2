import { randomUUID } from 'node:crypto';
import type { Actor } from '@app/kernel';
import type { EventStore, NewEvent, Position, RecordedEvent } from '@app/event-store';

export interface EventStoreFixture {
  store: EventStore;
  /** Changes the stored data of one event behind the store's back (e.g. an SQL UPDATE). */
  tamper?: (tenant: string, stream: string, revision: bigint) => Promise<void>;
  close(): Promise<void>;
}

export type EventStoreFactory = () => Promise<EventStoreFixture>;

/** The fixture of the running describe block; tests share it and stay apart by tenant. */
export type FixtureRef = () => EventStoreFixture;

export const actor: Actor = {
  id: 'user-1',
  name: 'Anna Andersson',
  role: 'secretary',
  organisation: 'NAF',
};

/** A tenant of its own per test, so that tests sharing one store cannot see each other. */
export function newTenant(): string {
  return `t-${randomUUID()}`;
}

export function newStream(prefix = 'group'): string {
  return `${prefix}-${randomUUID()}`;
}

export function event(
  type: string,
  data: unknown = {},
  overrides: Partial<NewEvent> = {},
): NewEvent {
  return {
    id: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    metadata: { actor, correlationId: randomUUID(), validFrom: '2026-01-15' },
    ...overrides,
  };
}

export function events(count: number, type = 'Noted'): NewEvent[] {
  return Array.from({ length: count }, (_, index) => event(type, { index }));
}

/** Pulls exactly n events from a subscription; the test's timeout bounds the wait. */
export async function take(
  iterator: AsyncIterator<RecordedEvent>,
  count: number,
  keep: (event: RecordedEvent) => boolean = () => true,
): Promise<RecordedEvent[]> {
  const taken: RecordedEvent[] = [];
  while (taken.length < count) {
    const next = await iterator.next();
    if (next.done)
      throw new Error(`The subscription ended after ${taken.length} of ${count} events`);
    if (keep(next.value)) taken.push(next.value);
  }
  return taken;
}

/**
 * Waits until readers can see a position. A committed event may stay invisible to readAll for a
 * moment (on PostgreSQL, while an older transaction anywhere on the server is still running), so
 * a test that reads everything right after appending must wait for it, as projections do.
 */
export async function untilVisible(store: EventStore, position: Position): Promise<void> {
  while ((await store.head()) < position) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** Runs a promise that must reject, and returns what it rejected with. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected a rejection, but the promise resolved');
}
