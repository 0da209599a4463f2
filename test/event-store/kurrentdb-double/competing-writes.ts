/**
 * Another writer's appends, made directly in the double's log with a valid envelope, to put
 * the adapter in races it cannot be put in through its own (sequential) calls.
 */
import { KurrentDbEventStore, chainBatch, recordTime, type NewEvent } from '@app/event-store';
import type { InMemoryLog, ProposedEvent } from './in-memory-log';

export interface ChainHead {
  revision: bigint;
  hash: string | null;
}

/** The bytes the adapter itself would store for `event` at `revision` after `head`. */
export function asStored(
  tenant: string,
  stream: string,
  head: ChainHead,
  event: NewEvent,
): ProposedEvent {
  const recordedAt = recordTime();
  const previous = head.hash === null ? null : { revision: head.revision, hash: head.hash };
  const [{ hash }] = chainBatch(tenant, stream, previous, [event], recordedAt);
  const metadata = {
    ...event.metadata,
    tenant,
    schemaVersion: event.schemaVersion,
    recordedAt,
    prevHash: head.hash,
    hash,
  };
  return {
    id: event.id,
    type: event.type,
    contentType: 'application/json',
    data: Buffer.from(JSON.stringify(event.data)),
    metadata: Buffer.from(JSON.stringify(metadata)),
  };
}

/** Makes `event` land right before the adapter's next append reaches the server. */
export function competeOnce(
  log: InMemoryLog,
  tenant: string,
  stream: string,
  head: ChainHead,
  event: NewEvent,
): void {
  const name = KurrentDbEventStore.streamName(tenant, stream);
  log.interfereOnce(() => {
    const outcome = log.append(name, { kind: 'any' }, [asStored(tenant, stream, head, event)]);
    if (outcome.kind !== 'success') throw new Error(`the competing write failed: ${outcome.kind}`);
  });
}
