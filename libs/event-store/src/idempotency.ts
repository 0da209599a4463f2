import { v5 as uuidv5 } from 'uuid';
import { canonicalJson } from '@app/kernel';
import { EventIdConflictError } from './errors';
import type { AppendResult, ExpectedRevision } from './event-store.port';

/** Samverkan's own UUIDv5 namespace, so that ids derived here never collide with other systems'. */
export const IDEMPOTENCY_NAMESPACE = '3f0c6a52-6f43-5b8e-9d1a-0b7e5c2a9d41';

/**
 * Event ids derived from an Idempotency-Key: repeating a command yields the same ids, which lets
 * the store recognise the repeat. Pass a namespace per tenant or use case if keys may overlap.
 */
export function deterministicEventIds(
  idempotencyKey: string,
  count: number,
  namespace: string = IDEMPOTENCY_NAMESPACE,
): string[] {
  return Array.from({ length: count }, (_, index) =>
    uuidv5(`${idempotencyKey}:${index}`, namespace),
  );
}

/** The part of an event that decides whether a repeated id is the same event. */
export interface EventContent {
  type: string;
  schemaVersion: number;
  data: unknown;
}

export function sameContent(a: EventContent, b: EventContent): boolean {
  const text = (e: EventContent) =>
    canonicalJson({ type: e.type, schemaVersion: e.schemaVersion, data: e.data });
  return text(a) === text(b);
}

/** An already recorded event that carries one of the ids of a batch being appended. */
export interface RecordedIdentity extends EventContent {
  id: string;
  stream: string;
  revision: bigint;
  position: bigint;
}

function firstRevisionFor(expected: ExpectedRevision): bigint | undefined {
  if (expected.kind === 'exact') return expected.revision + 1n;
  return expected.kind === 'no-stream' ? 0n : undefined;
}

/**
 * Decides whether a batch was recorded before. Returns the original result when every event is
 * already in the stream, in order, where the expectation puts it, with the same content;
 * undefined when none of its ids is known; throws when the ids are known but the batch differs.
 * Adapter-neutral, so every adapter answers repeats the same way.
 */
export function findRecordedBatch(
  stream: string,
  batch: readonly (EventContent & { id: string })[],
  recorded: readonly RecordedIdentity[],
  expected: ExpectedRevision,
): AppendResult | undefined {
  if (recorded.length === 0) return undefined;
  const byId = new Map(recorded.map((event) => [event.id, event]));
  for (const event of batch) {
    const found = byId.get(event.id);
    if (!found) continue;
    if (found.stream !== stream)
      throw new EventIdConflictError(stream, event.id, `already in stream ${found.stream}`);
    if (!sameContent(found, event))
      throw new EventIdConflictError(stream, event.id, 'already recorded with other content');
  }
  const first = byId.get(batch[0].id);
  const start = first?.revision;
  const expectedStart = firstRevisionFor(expected);
  batch.forEach((event, index) => {
    const found = byId.get(event.id);
    if (!found)
      throw new EventIdConflictError(stream, event.id, 'its batch was partly recorded before');
    const inPlace =
      start !== undefined &&
      found.revision === start + BigInt(index) &&
      (expectedStart === undefined || start === expectedStart) &&
      (expected.kind !== 'stream-exists' || start > 0n);
    if (!inPlace)
      throw new EventIdConflictError(
        stream,
        event.id,
        'already recorded as part of another append',
      );
  });
  const last = byId.get(batch[batch.length - 1].id)!;
  return { revision: last.revision, position: last.position };
}
