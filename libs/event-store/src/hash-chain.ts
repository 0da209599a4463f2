import { hash } from 'node:crypto';
import { canonicalJson, type Actor } from '@app/kernel';
import type { NewEvent, RecordedEvent } from './event-store.port';

/**
 * What a hash covers: the whole envelope a reader relies on. The actor's name is left out on
 * purpose (people are referenced by id; names live in the erasable personal-data table), so
 * erasing a person never breaks a chain. The position is left out too: it is given by the
 * store at commit, after the hash; the transparency log (libs/audit) fixes the commit order.
 */
export interface ChainLink {
  id: string;
  tenant: string;
  stream: string;
  revision: bigint;
  type: string;
  schemaVersion: number;
  data: unknown;
  validFrom: string | null | undefined;
  /** Record time, ISO 8601 with milliseconds: the time every `knownAt` read trusts. */
  recordedAt: string;
  actor: Pick<Actor, 'id' | 'role' | 'organisation'>;
  onBehalfOf?: string;
  reason?: string;
  correlationId: string;
  causationId?: string;
  prevHash: string | null;
}

/** The canonical (RFC 8785) text that is hashed; exported so auditors can reproduce a hash. */
export function canonicalLink(link: ChainLink): string {
  const text = canonicalJson({
    id: link.id,
    tenant: link.tenant,
    stream: link.stream,
    // A string, because JSON numbers lose precision past 2^53 and bigints do not serialise.
    revision: link.revision.toString(),
    type: link.type,
    schemaVersion: link.schemaVersion,
    data: link.data,
    validFrom: link.validFrom ?? null,
    recordedAt: link.recordedAt,
    actor: { id: link.actor.id, role: link.actor.role, organisation: link.actor.organisation },
    onBehalfOf: link.onBehalfOf ?? null,
    reason: link.reason ?? null,
    correlationId: link.correlationId,
    causationId: link.causationId ?? null,
    prevHash: link.prevHash,
  });
  if (text === undefined) throw new Error('An event cannot be serialised to canonical JSON');
  return text;
}

export function linkHash(link: ChainLink): string {
  return hash('sha256', canonicalLink(link), 'hex');
}

/** The link of an event as read back: what verification recomputes. */
export function linkOf(event: RecordedEvent): ChainLink {
  const { metadata } = event;
  return {
    id: event.id,
    tenant: metadata.tenant,
    stream: event.stream,
    revision: event.revision,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    validFrom: metadata.validFrom,
    recordedAt: metadata.recordedAt,
    actor: metadata.actor,
    onBehalfOf: metadata.onBehalfOf,
    reason: metadata.reason,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId,
    prevHash: metadata.prevHash,
  };
}

/**
 * Hashes a prepared batch that continues a stream after `head` (null: a new stream), every
 * event recorded at `recordedAt`: the adapter takes the record time before hashing so that the
 * hash covers it, and stores exactly that time.
 */
export function chainBatch(
  tenant: string,
  stream: string,
  head: { revision: bigint; hash: string } | null,
  batch: readonly NewEvent[],
  recordedAt: string,
): { prevHash: string | null; hash: string }[] {
  const first = head ? head.revision + 1n : 0n;
  const hashes: { prevHash: string | null; hash: string }[] = [];
  let previous = head?.hash ?? null;
  batch.forEach((event, index) => {
    const { metadata } = event;
    const hash = linkHash({
      id: event.id,
      tenant,
      stream,
      revision: first + BigInt(index),
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      validFrom: metadata.validFrom,
      recordedAt,
      actor: metadata.actor,
      onBehalfOf: metadata.onBehalfOf,
      reason: metadata.reason,
      correlationId: metadata.correlationId,
      causationId: metadata.causationId,
      prevHash: previous,
    });
    hashes.push({ prevHash: previous, hash });
    previous = hash;
  });
  return hashes;
}

/** Record time as every adapter stores it: ISO 8601, UTC, milliseconds. */
export function recordTime(now: Date = new Date()): string {
  return now.toISOString();
}
