import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson, earliestDay, type CommandContext, type Message } from '@app/kernel';
import type { NewEvent, RecordedEvent } from '../event-store.port';
import { deterministicEventIds } from '../idempotency';
import type { Aggregate } from './aggregate';

/**
 * Decided events as the store takes them: who, why, on whose behalf, the command that caused
 * them and the date each holds from. With an Idempotency-Key the ids derive from the stream and
 * the key, so a repeated append is recognised by the store and by the writers.
 */
export function envelopeOf<E extends Message>(
  aggregate: Aggregate<never, E, unknown>,
  stream: string,
  events: readonly E[],
  causationId: string,
  context: CommandContext,
): NewEvent[] {
  const key = context.idempotencyKey;
  const ids =
    key === undefined
      ? events.map(() => randomUUID())
      : deterministicEventIds(seedOf(context.identity.municipality, stream, key), events.length);
  return events.map((event, index) => ({
    id: ids[index],
    type: event.type,
    schemaVersion: aggregate.schemaVersionOf?.(event.type) ?? 1,
    data: event.data,
    metadata: {
      actor: context.identity.actor,
      onBehalfOf: context.onBehalfOf,
      correlationId: context.correlationId,
      causationId,
      reason: context.reason,
      validFrom: validFromOf(aggregate.validFromOf(event)),
    },
  }));
}

/** A date known to the year or month orders by its first possible day; the event keeps it as given. */
function validFromOf(date: string | undefined): string | undefined {
  return date === undefined ? undefined : earliestDay(date);
}

/** The id of the first event a command with this key writes to this stream: how repeats are found. */
export function firstEventIdFor(tenant: string, stream: string, key: string): string {
  return deterministicEventIds(seedOf(tenant, stream, key), 1)[0];
}

/** Scoped to tenant and stream: the same key in two municipalities never yields the same ids. */
function seedOf(tenant: string, stream: string, key: string): string {
  return `${tenant}\n${stream}\n${key}`;
}

/** A stream's revision and position after `event`; an empty stream is at -1 and position 0. */
export function resultOf(event: RecordedEvent | undefined): { revision: number; position: string } {
  return event
    ? { revision: Number(event.revision), position: event.position.toString() }
    : { revision: -1, position: '0' };
}

/**
 * What an Idempotency-Key is bound to: the client's request as the HTTP edge digested it, never
 * the decided command, which carries facts loaded from other streams that may change before an
 * honest retry. An in-process caller without a request binds the key to the input it sends.
 */
export function requestDigest(context: CommandContext, input: unknown): string {
  if (context.request !== undefined) return context.request;
  const text = canonicalJson({ input, reason: context.reason, onBehalfOf: context.onBehalfOf });
  return createHash('sha256')
    .update(text ?? '')
    .digest('hex');
}
