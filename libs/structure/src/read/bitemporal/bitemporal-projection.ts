import type { Kysely } from 'kysely';
import type { Projection } from '@app/projections';
import type { BitemporalStreams } from './bitemporal-streams';
import { recomputeStreams, type RecomputedStream } from './recompute';
import { createHeadsTable, loadHeads, saveHeads, streamKey } from './stream-heads';
import { planVersions, type VersionStep } from './version-plan';
import { createVersionTable, loadCurrentVersions, writeVersionChanges } from './version-table';

export type { BitemporalStreams } from './bitemporal-streams';

// The heads table and the version tables are named at run time; see version-table.ts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * A projection whose rows are derived, stream by stream, from all the events of the stream: each
 * change recomputes the stream's valid-time history and records the difference in record time.
 * Recomputing from the events (rather than patching rows event by event) is what lets a fact
 * recorded late land at its date. The earlier events of a stream are read from the store when a
 * batch continues it (prepare), so the projection keeps no copy of them.
 */
export function bitemporalProjection<E extends { type: string }>(
  spec: BitemporalStreams<E>,
): Projection<AnyDb, RecomputedStream[]> {
  return {
    name: spec.name,
    version: spec.version,
    handles: spec.handles,
    readIndexes: spec.tables.flatMap((table) => table.readIndexes ?? []),
    async setup(db: AnyDb) {
      await createHeadsTable(db);
      for (const table of spec.tables) await createVersionTable(db, table);
    },
    prepare: (events, store) => recomputeStreams(spec, events, store),
    apply: (tx: AnyDb, _events, recomputed) => applyBatch(tx, spec, recomputed),
  };
}

/**
 * A batch in a fixed number of statements, whatever the number of streams in it: the streams'
 * heads are read together, the recomputations the build does not have yet are played against
 * the current rows in memory, and each table's net changes are written together.
 */
async function applyBatch<E>(
  tx: AnyDb,
  spec: BitemporalStreams<E>,
  recomputed: readonly RecomputedStream[],
): Promise<void> {
  const heads = await loadHeads(tx, recomputed);
  const steps: VersionStep[][] = spec.tables.map(() => []);
  // Scopes whose stream the build has applied before: only they can have stored versions, since
  // a stream's versions are written only from its events, under the scope of its own events (one
  // entity per stream). A new stream's lookup would find nothing; in a rebuild most are new.
  const existing: { tenant: string; scope: string }[] = [];
  const moved: { tenant: string; stream: string; revision: number }[] = [];
  // The earliest instant a continued stream is recomputed at: rows closed since may reopen.
  let sinceMs = Infinity;
  for (const { tenant, stream, scope, steps: recomputations } of recomputed) {
    const head = heads.get(streamKey(tenant, stream));
    const due =
      head === undefined ? recomputations : recomputations.filter((step) => step.revision > head);
    if (due.length === 0) continue;
    if (head !== undefined) {
      existing.push({ tenant, scope });
      sinceMs = Math.min(sinceMs, due[0].atMs);
    }
    moved.push({ tenant, stream, revision: due[due.length - 1].revision });
    for (const { atMs, tables } of due) {
      tables.forEach((versions, t) => steps[t].push({ tenant, scope, atMs, versions }));
    }
  }
  if (moved.length === 0) return;
  await saveHeads(tx, moved);
  for (const [t, table] of spec.tables.entries()) {
    const stored = await loadCurrentVersions(tx, table, existing, sinceMs);
    await writeVersionChanges(tx, table, planVersions(stored, steps[t]));
  }
}
