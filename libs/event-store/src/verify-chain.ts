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
  const chains = new ChainChecker();
  let events = 0;
  for (let from = START; ;) {
    const page = await source.readAll(from, pageSize);
    for (const event of page) {
      from = event.position;
      if (options.tenant !== undefined && event.metadata.tenant !== options.tenant) continue;
      const broken = chains.check(event);
      if (broken) return { ok: false, streams: chains.streams, events, broken };
      events++;
    }
    if (page.length < pageSize) return { ok: true, streams: chains.streams, events };
  }
}

/**
 * Checks events one at a time, in commit order, against the chain of their stream: what
 * verifyChains does, for a reader that checks more in the same pass (the transparency log).
 * Keeps one hash per stream.
 */
export class ChainChecker {
  private readonly heads = new Map<string, { revision: bigint; hash: string }>();

  get streams(): number {
    return this.heads.size;
  }

  /**
   * The broken link the event makes, or undefined. Either way the event becomes its stream's
   * head, so that one changed or missing event is reported once, not again at every later link.
   */
  check(event: RecordedEvent): BrokenLink | undefined {
    const key = `${event.metadata.tenant}\u0000${event.stream}`;
    const broken = checkLink(event, this.heads.get(key));
    this.heads.set(key, { revision: event.revision, hash: event.metadata.hash });
    return broken;
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
  // The event's own prevHash: equal to the chain's, checked just above.
  const hash = linkHash(linkOf(event));
  if (hash !== event.metadata.hash)
    return { ...at, problem: 'hash', expected: hash, actual: event.metadata.hash };
  return undefined;
}
