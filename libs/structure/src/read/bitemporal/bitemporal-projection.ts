import type { Kysely } from 'kysely';
import type { RecordedEvent } from '@app/event-store';
import type { Projection } from '@app/projections';
import type { IsoDate } from '../../domain';
import {
  createFactsTable,
  insertFacts,
  loadFacts,
  streamKey,
  type StoredFact,
  type StreamFacts,
} from './facts';
import type { Fact, Version } from './timeline';
import { planVersions, type VersionStep } from './version-plan';
import {
  createVersionTable,
  loadCurrentVersions,
  writeVersionChanges,
  type VersionTable,
} from './version-table';

/**
 * A projection whose rows are derived, stream by stream, from all the facts of the stream: each
 * change recomputes the stream's valid-time history and records the difference in record time.
 * Recomputing from the facts (rather than patching rows event by event) is what lets a fact
 * recorded late land at its date, and makes applying an event twice change nothing.
 */
export interface BitemporalStreams<E> {
  name: string;
  version: number;
  handles: readonly string[];
  tables: readonly VersionTable[];
  /** The id of the entity the stream is about, from any of its events. */
  scopeOf(event: E): string;
  validFromOf(event: E): IsoDate;
  /** Every table's versions (by table name) from the stream's facts known so far. */
  derive(facts: readonly Fact<E>[]): Record<string, Version[]>;
}

// The facts table and the version tables are named at run time; see version-table.ts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export function bitemporalProjection<E extends { type: string }>(
  spec: BitemporalStreams<E>,
): Projection {
  return {
    name: spec.name,
    version: spec.version,
    handles: spec.handles,
    async setup(db: AnyDb) {
      // The projection's own copy of each stream's facts: apply gets only the new events, and
      // the history of a stream must be recomputed from all of them.
      await createFactsTable(db);
      for (const table of spec.tables) await createVersionTable(db, table);
    },
    apply: (tx: AnyDb, events: readonly RecordedEvent[]) => applyBatch(tx, spec, events),
  };
}

/**
 * A batch in a fixed number of statements, whatever the number of streams in it: the streams'
 * facts are read together, each stream's versions are recomputed in memory once per instant of
 * record time (as before, stream by stream), and each table's net changes are written together.
 */
async function applyBatch<E extends { type: string }>(
  tx: AnyDb,
  spec: BitemporalStreams<E>,
  events: readonly RecordedEvent[],
): Promise<void> {
  const streams = byStream(events);
  const known = await loadFacts<E>(
    tx,
    streams.map(({ tenant, stream }) => ({ tenant, stream })),
  );
  const added: (StreamFacts<E> & { known: StoredFact<E>[] })[] = [];
  // Scopes whose stream had facts before this batch: only they can have stored versions, since
  // a stream's versions are written only from its facts, under the scope of its own events (one
  // entity per stream). A new stream's lookup would find nothing; in a rebuild most are new.
  const existing: { tenant: string; scope: string }[] = [];
  for (const { tenant, stream, events: streamEvents } of streams) {
    const facts = known.get(streamKey(tenant, stream)) ?? [];
    const fresh = freshFacts(spec, facts, streamEvents);
    if (fresh.length === 0) continue;
    added.push({ tenant, stream, facts: fresh, known: facts });
    if (facts.length > 0) existing.push({ tenant, scope: spec.scopeOf(fresh[0].event) });
  }
  if (added.length === 0) return;
  // The new facts need nothing from the recomputation: the database stores them while Node
  // recomputes (the statement goes out before the CPU-bound loop; see sent()).
  const inserting = insertFacts(tx, added);
  inserting.catch(() => undefined);
  await sent();
  const steps = recompute(spec, added);
  await inserting;
  const scopes = uniqueScopes(existing);
  for (const [t, table] of spec.tables.entries()) {
    const stored = await loadCurrentVersions(tx, table, scopes);
    await writeVersionChanges(tx, table, planVersions(stored, steps[t]));
  }
}

/**
 * Each stream's versions, recomputed once per instant of record time (the events of one append
 * land together), as steps for each table in the spec's order.
 */
function recompute<E extends { type: string }>(
  spec: BitemporalStreams<E>,
  added: readonly (StreamFacts<E> & { known: StoredFact<E>[] })[],
): VersionStep[][] {
  const steps: VersionStep[][] = spec.tables.map(() => []);
  for (const { tenant, facts: fresh, known } of added) {
    const facts = [...known];
    const scope = spec.scopeOf(fresh[0].event);
    for (let index = 0; index < fresh.length;) {
      const atMs = fresh[index].recordedMs;
      while (index < fresh.length && fresh[index].recordedMs === atMs) facts.push(fresh[index++]);
      const versions = spec.derive(facts);
      const at = new Date(atMs).toISOString();
      spec.tables.forEach((table, t) =>
        steps[t].push({ tenant, scope, at, atMs, versions: versions[table.name] ?? [] }),
      );
    }
  }
  return steps;
}

/**
 * Lets a query just started reach the connection: the driver sends it a few promise turns
 * later, and a CPU-bound loop started at once would hold it back until the loop ends.
 */
const sent = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The stream's events not yet among its facts, in revision order, with their record times. */
function freshFacts<E>(
  spec: BitemporalStreams<E>,
  known: readonly StoredFact<E>[],
  events: readonly RecordedEvent[],
): StoredFact<E>[] {
  const seen = new Set(known.map((fact) => fact.revision));
  // Sorted by revision rather than trusted to arrive so: the stream's order is its revisions.
  const fresh = uniqueByRevision(events.filter((event) => !seen.has(Number(event.revision))));
  // Record time never runs backwards within a stream, even if two writers' clocks disagree:
  // a version must not be closed before it was opened.
  let lastMs = known.reduce((max, fact) => Math.max(max, fact.recordedMs), 0);
  return fresh.map((event) => {
    const domainEvent = { type: event.type, data: event.data } as unknown as E;
    lastMs = Math.max(lastMs, Date.parse(event.metadata.recordedAt));
    return {
      revision: Number(event.revision),
      validFrom: spec.validFromOf(domainEvent),
      event: domainEvent,
      recordedMs: lastMs,
    };
  });
}

function byStream(
  events: readonly RecordedEvent[],
): { tenant: string; stream: string; events: RecordedEvent[] }[] {
  const streams = new Map<string, { tenant: string; stream: string; events: RecordedEvent[] }>();
  for (const event of events) {
    const { tenant } = event.metadata;
    const key = streamKey(tenant, event.stream);
    const entry = streams.get(key);
    if (entry) entry.events.push(event);
    else streams.set(key, { tenant, stream: event.stream, events: [event] });
  }
  return [...streams.values()];
}

function uniqueScopes(
  scopes: readonly { tenant: string; scope: string }[],
): { tenant: string; scope: string }[] {
  const unique = new Map(scopes.map((scope) => [streamKey(scope.tenant, scope.scope), scope]));
  return [...unique.values()];
}

function uniqueByRevision(events: readonly RecordedEvent[]): RecordedEvent[] {
  const unique = new Map(events.map((event) => [event.revision, event]));
  return [...unique.values()].sort((a, b) => (a.revision < b.revision ? -1 : 1));
}
