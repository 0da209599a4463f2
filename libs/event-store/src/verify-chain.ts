import { START, type EventStore, type RecordedEvent } from './event-store.port';
import { linkHash, linkOf } from './hash-chain';

/** Anything that reads the stored events in commit order; a store opened without upcasters. */
export type ChainSource = Pick<EventStore, 'readAll'>;

/**
 * The first link that does not hold. `expected` is what the chain requires: the next revision,
 * the previous event's hash, or the hash of the event's content as stored now; `actual` is what
 * the event carries.
 */
export interface BrokenLink {
  tenant: string;
  stream: string;
  revision: bigint;
  problem: 'revision-gap' | 'prev-hash' | 'hash';
  expected: string | null;
  actual: string | null;
}

export type ChainReport =
  | { ok: true; streams: number; events: number }
  | { ok: false; streams: number; events: number; broken: BrokenLink };

export interface VerifyOptions {
  tenant?: string;
  pageSize?: number;
}

/**
 * Recomputes every chain, reading all events once in pages. Memory grows with the number of
 * streams (one hash each), never with the number of events. Upcasted events would fail, so the
 * source must return events as stored.
 */
export async function verifyChains(
  source: ChainSource,
  options: VerifyOptions = {},
): Promise<ChainReport> {
  const pageSize = options.pageSize ?? 1000;
  const heads = new Map<string, { revision: bigint; hash: string }>();
  let events = 0;
  for (let from = START; ;) {
    const page = await source.readAll(from, pageSize);
    for (const event of page) {
      from = event.position;
      if (options.tenant !== undefined && event.metadata.tenant !== options.tenant) continue;
      const key = `${event.metadata.tenant}\u0000${event.stream}`;
      const broken = checkLink(event, heads.get(key));
      if (broken) return { ok: false, streams: heads.size, events, broken };
      heads.set(key, { revision: event.revision, hash: event.metadata.hash });
      events++;
    }
    if (page.length < pageSize) return { ok: true, streams: heads.size, events };
  }
}

function checkLink(
  event: RecordedEvent,
  previous: { revision: bigint; hash: string } | undefined,
): BrokenLink | undefined {
  const at = { tenant: event.metadata.tenant, stream: event.stream, revision: event.revision };
  const nextRevision = previous ? previous.revision + 1n : 0n;
  if (event.revision !== nextRevision) {
    return {
      ...at,
      problem: 'revision-gap',
      expected: nextRevision.toString(),
      actual: event.revision.toString(),
    };
  }
  const prevHash = previous?.hash ?? null;
  if (event.metadata.prevHash !== prevHash) {
    return { ...at, problem: 'prev-hash', expected: prevHash, actual: event.metadata.prevHash };
  }
  const hash = linkHash({ ...linkOf(event), prevHash });
  if (hash !== event.metadata.hash)
    return { ...at, problem: 'hash', expected: hash, actual: event.metadata.hash };
  return undefined;
}
