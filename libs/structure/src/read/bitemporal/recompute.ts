import { setImmediate as nextTurn } from 'node:timers/promises';
import type { RecordedEvent } from '@app/event-store';
import { byStream, type StreamBatch, type StreamReader } from '@app/projections';
import type { BitemporalStreams } from './bitemporal-streams';
import { fingerprintOf, sameVersion, type Fact, type Version } from './timeline';

export interface FingerprintedVersion {
  fingerprint: string;
  version: Version;
}

/** A stream's versions recomputed at one instant of record time (one append's events). */
export interface Recomputation {
  atMs: number;
  /** The last revision it takes in: a build whose head is at or past it has it already. */
  revision: number;
  /** Each table's versions, in the spec's order of tables. */
  tables: FingerprintedVersion[][];
}

export interface RecomputedStream {
  tenant: string;
  stream: string;
  scope: string;
  steps: Recomputation[];
}

/**
 * A batch's streams recomputed from their events alone, before the batch's transaction: the
 * earlier events of a stream come from the store (one read per stream that began before the
 * batch; in a rebuild, about one per page), the versions and their fingerprints from derive.
 * Nothing here reads the build, so a rebuild can run it for the next page while this one is
 * written; apply then compares the recomputations with the rows it finds.
 */
export async function recomputeStreams<E extends { type: string }>(
  spec: BitemporalStreams<E>,
  events: readonly RecordedEvent[],
  store: StreamReader,
): Promise<RecomputedStream[]> {
  const handles = new Set(spec.handles);
  const streams = byStream(events);
  const earlier = await Promise.all(
    streams.map(async ({ tenant, stream, events: batch }) => {
      const first = batch[0].revision;
      if (first === 0n) return [];
      const read = await store.readStream(tenant, stream, { from: 0n, to: first - 1n });
      return read.filter((event) => handles.has(event.type));
    }),
  );
  const recomputed: RecomputedStream[] = [];
  for (const [index, entry] of streams.entries()) {
    // A turn for the transaction of the batch before, if one is being written meanwhile.
    if (index % 8 === 7) await nextTurn();
    recomputed.push(recomputeStream(spec, entry, earlier[index]));
  }
  return recomputed;
}

function recomputeStream<E extends { type: string }>(
  spec: BitemporalStreams<E>,
  { tenant, stream, events: batch }: StreamBatch,
  earlier: readonly RecordedEvent[],
): RecomputedStream {
  // Record time never runs backwards within a stream, even if two writers' clocks disagree:
  // a version must not be closed before it was opened.
  let lastMs = 0;
  const timed = (event: RecordedEvent) => {
    lastMs = Math.max(lastMs, Date.parse(event.metadata.recordedAt));
    return lastMs;
  };
  const facts: Fact<E>[] = earlier.map((event) => (timed(event), factOf(spec, event)));
  const fresh = batch.map((event) => ({ fact: factOf(spec, event), ms: timed(event) }));
  const steps: Recomputation[] = [];
  // Each step's versions are mostly the step before's again: fingerprinted once.
  const fingerprints = spec.tables.map(() => new FingerprintMemo());
  for (let index = 0; index < fresh.length;) {
    const atMs = fresh[index].ms;
    while (index < fresh.length && fresh[index].ms === atMs) facts.push(fresh[index++].fact);
    const versions = spec.derive(facts);
    steps.push({
      atMs,
      revision: facts[facts.length - 1].revision,
      tables: spec.tables.map((table, t) => fingerprints[t].next(versions[table.name] ?? [])),
    });
  }
  return { tenant, stream, scope: spec.scopeOf(fresh[0].fact.event), steps };
}

function factOf<E>(spec: BitemporalStreams<E>, event: RecordedEvent): Fact<E> {
  // The recorded event is its domain event (type and data) with an envelope around it: no copy.
  const domainEvent = event as unknown as E;
  return {
    revision: Number(event.revision),
    validFrom: spec.validFromOf(domainEvent),
    event: domainEvent,
  };
}

/**
 * The fingerprints of one table's versions, step after step of one stream: a version equal to
 * one of the step before (same key, validity and content) takes its fingerprint, so only what
 * changed is serialised and hashed (a stream of n appends is recomputed n times).
 */
class FingerprintMemo {
  private before = new Map<string, FingerprintedVersion>();

  next(versions: readonly Version[]): FingerprintedVersion[] {
    const now = new Map<string, FingerprintedVersion>();
    const fingerprinted = versions.map((version) => {
      const slot = `${version.key}\u0000${version.validFrom}\u0000${version.validTo ?? ''}`;
      const earlier = this.before.get(slot);
      const entry =
        earlier && sameVersion(earlier.version, version)
          ? { fingerprint: earlier.fingerprint, version }
          : { fingerprint: fingerprintOf(version), version };
      now.set(slot, entry);
      return entry;
    });
    this.before = now;
    return fingerprinted;
  }
}
