import { recordedActor } from '@app/kernel';
import { InvalidAppendError, WrongExpectedRevisionError } from './errors';
import type { EventMetadataInput, ExpectedRevision, NewEvent } from './event-store.port';

/** Positions give each append 20 bits for its events' indexes (see the PostgreSQL adapter). */
export const MAX_EVENTS_PER_APPEND = 2 ** 20 - 1;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Validates a batch before it reaches a database and normalises it to what will be read back:
 * data and metadata go through JSON once, so that the hash computed now equals the hash
 * recomputed from the stored JSON later (no Dates, no undefined fields, no class instances).
 */
export function prepareBatch(events: readonly NewEvent[]): NewEvent[] {
  if (events.length === 0) throw new InvalidAppendError('An append needs at least one event');
  if (events.length > MAX_EVENTS_PER_APPEND) {
    throw new InvalidAppendError(`An append takes at most ${MAX_EVENTS_PER_APPEND} events`);
  }
  const ids = new Set<string>();
  return events.map((event) => {
    const id = event.id.toLowerCase();
    if (!UUID.test(id)) throw new InvalidAppendError(`Event id ${event.id} is not a UUID`);
    if (ids.has(id)) throw new InvalidAppendError(`Event id ${id} appears twice in one append`);
    ids.add(id);
    if (event.type.length === 0) throw new InvalidAppendError('An event needs a type');
    if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1) {
      throw new InvalidAppendError(
        `Event ${id} has schema version ${event.schemaVersion}; it must be a positive integer`,
      );
    }
    const validFrom = event.metadata.validFrom;
    if (validFrom !== undefined && !isCalendarDate(validFrom)) {
      throw new InvalidAppendError(
        `Event ${id} has validFrom ${validFrom}; expected a date YYYY-MM-DD`,
      );
    }
    return {
      id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: throughJson(event.data, id),
      metadata: throughJson(knownMetadata(event.metadata), id) as EventMetadataInput,
    };
  });
}

/**
 * Only the envelope's own fields: a writer cannot smuggle in recordedAt, hash or tenant, nor
 * the actor's name (personal data, kept in personal_data beside the append, never in an event).
 */
function knownMetadata(metadata: EventMetadataInput): EventMetadataInput {
  const { actor, onBehalfOf, correlationId, causationId, reason, validFrom } = metadata;
  return { actor: recordedActor(actor), onBehalfOf, correlationId, causationId, reason, validFrom };
}

function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function throughJson(value: unknown, id: string): unknown {
  const text = JSON.stringify(value, (key: string, inner: unknown) => {
    // PostgreSQL's jsonb holds neither NUL nor half a surrogate pair; refuse them here, by name,
    // rather than as a driver error after a round trip.
    if (!storable(key) || (typeof inner === 'string' && !storable(inner))) {
      throw new InvalidAppendError(`Event ${id} contains a NUL character or a lone surrogate`);
    }
    return inner;
  });
  if (text === undefined) throw new InvalidAppendError(`Event ${id} has data that is not JSON`);
  return JSON.parse(text);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether PostgreSQL can hold the text: no NUL, no half of a surrogate pair. */
export function storable(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/** Revisions start at 0; "no stream" is its own expectation, never exact(-1). */
export function assertValidExpected(expected: ExpectedRevision): void {
  if (expected.kind === 'exact' && expected.revision < 0n) {
    throw new InvalidAppendError(
      `An expected revision cannot be negative (${expected.revision}); use no-stream`,
    );
  }
}

/** Throws unless a stream whose last revision is `actual` (null: no stream) meets `expected`. */
export function checkExpected(
  tenant: string,
  stream: string,
  expected: ExpectedRevision,
  actual: bigint | null,
): void {
  const ok =
    expected.kind === 'any' ||
    (expected.kind === 'no-stream' && actual === null) ||
    (expected.kind === 'stream-exists' && actual !== null) ||
    (expected.kind === 'exact' && actual === expected.revision);
  if (!ok) throw new WrongExpectedRevisionError(tenant, stream, expected, actual);
}
