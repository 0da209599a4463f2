import type { EventStore } from '@app/event-store';
import type { SqlDatabase } from '@app/platform';
import {
  createBuild,
  createReadIndexes,
  discardBuild,
  dropBuilds,
  switchToBuild,
} from './blue-green';
import { analyzeBuild } from './build-statistics';
import { markStopped, type Build } from './checkpoint-store';
import { DEFAULT_ENGINE_OPTIONS } from './projection-engine';
import {
  prepareBatch,
  projectBatch,
  type BatchContext,
  type BatchOutcome,
  type PreparedBatch,
} from './project-batch';
import type { Projection } from './projection';
import { PageReader } from './page-reader';
import { describeError, isTransientError, sleep } from './retry';
import { createRunnerLocks, type RunnerLocks } from './runner-locks';

export interface RebuildOptions {
  /** Events per page and per transaction; DEFAULT_REBUILD_BATCH_SIZE unless given. */
  batchSize?: number;
  dropGraceMs?: number;
  /** After each committed batch, before the next (awaited): for a progress line. */
  onProgress?(progress: {
    name: string;
    build: number;
    checkpoint: bigint;
    events: number;
  }): void | Promise<void>;
  signal?: AbortSignal;
}

export interface RebuildResult {
  name: string;
  version: number;
  build: number;
  schema: string;
  checkpoint: bigint;
  /** Events read from the store (handled or not). */
  events: number;
  /** Schemas of the builds the switch retired and dropped. */
  dropped: string[];
}

/**
 * A rebuild's pages are larger than the live engine's batches: nobody waits on a rebuild's
 * batch, while each page costs a transaction per build and a few dozen statements whatever its
 * size. 5,000 events (a few megabytes, twice: the page projected and the one read ahead) made a
 * rebuild about a quarter faster than 1,000 (bench/NOTES.md).
 */
export const DEFAULT_REBUILD_BATCH_SIZE = 5000;

export class RebuildError extends Error {
  override readonly name: string = 'RebuildError';
}

/** The rebuild stopped at an event the projection cannot apply; status shows which. */
export class PoisonedRebuild extends RebuildError {
  override readonly name = 'PoisonedRebuild';
}

interface Rebuilding {
  projection: Projection;
  build: Build;
  events: number;
  analysed: boolean;
  done?: { build: Build; retired: Build[] };
  poisoned?: boolean;
}

/**
 * Builds a fresh copy of a projection beside the active one, from the first event, while the
 * active one keeps answering reads (and keeps being projected by whichever process runs it);
 * switches reads to the copy in one transaction once it has caught up with the live build; then,
 * after a grace period for reads under way, drops the old schema.
 */
export async function rebuildProjection(
  deps: { database: SqlDatabase; store: EventStore },
  projection: Projection,
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  const [result] = await rebuildProjections(deps, [projection], options);
  return result;
}

/**
 * Rebuilds several projections at once, each as rebuildProjection does, reading the store once
 * for all of them: each page is read after the lowest checkpoint among the builds and projected
 * into every build standing there, each in its own transaction with its own compare-and-set (so
 * exactly-once holds build by build, as with one reader each). Builds that fall apart (one
 * switched, another found the live build ahead) each read from their own checkpoint until they
 * meet again. An error in any build stops them all; the poisoned build stays to say why.
 */
export async function rebuildProjections(
  deps: { database: SqlDatabase; store: EventStore },
  projections: readonly Projection[],
  options: RebuildOptions = {},
): Promise<RebuildResult[]> {
  const { db } = deps.database;
  const locks = createRunnerLocks(deps.database);
  const keys = await lockAll(locks, projections);
  const rebuilding: Rebuilding[] = [];
  try {
    for (const projection of projections) {
      const build = await createBuild(db, projection, { active: false });
      rebuilding.push({ projection, build, events: 0, analysed: false });
    }
    const ctx: BatchContext = {
      db,
      store: deps.store,
      batchSize: options.batchSize ?? DEFAULT_REBUILD_BATCH_SIZE,
      // No statistics while it grows: nobody reads a build before its switch, which analyses it
      // first, and apply's own lookups are planned on the sizes of their keys (see the structure
      // projections' unnest), so an ANALYZE on the way would only hold the next page back.
      isTransient: async (error: unknown) =>
        isTransientError(error) ||
        deps.database.ping().then(
          () => false,
          () => true,
        ),
    };
    // Each page is prepared for every build still under way; a build that is elsewhere by the
    // time the page is projected (it switched, or fell behind the others) does not use it.
    const pages = new PageReader(deps.store, ctx.batchSize, (events) => {
      const prepared = new Map<Projection, PreparedBatch>();
      for (const entry of rebuilding) {
        if (!entry.done)
          prepared.set(entry.projection, prepareBatch(entry.projection, events, deps.store));
      }
      return prepared;
    });
    for (;;) {
      const pending = rebuilding.filter((entry) => !entry.done);
      if (pending.length === 0) break;
      if (options.signal?.aborted) throw new RebuildError('The rebuild was aborted');
      const from = pending.reduce(
        (min, entry) => (entry.build.checkpoint < min ? entry.build.checkpoint : min),
        pending[0].build.checkpoint,
      );
      const here = pending.filter((entry) => entry.build.checkpoint === from);
      const { events, prepared } = await pages.read(from);
      // Settled, not raced: no build is discarded while another's transaction is still open.
      const settled = await Promise.allSettled(
        here.map((entry) =>
          projectBatch(ctx, entry.projection, entry.build, events, prepared.get(entry.projection)),
        ),
      );
      const outcomes = settled.map((result) => {
        if (result.status === 'rejected') throw result.reason;
        return result.value;
      });
      // Together: builds that caught up on this page make their read indexes, analyse and
      // switch at once, each on its own connections, where one after another they left a core
      // idle for a fifth of a rebuild of every read model (bench/NOTES.md).
      const after = await Promise.allSettled(
        outcomes.map((outcome, index) => afterBatch(deps.database, here[index], outcome, options)),
      );
      for (const result of after) if (result.status === 'rejected') throw result.reason;
    }
    const retired = rebuilding.flatMap((entry) => entry.done!.retired);
    if (retired.length > 0) {
      await sleep(options.dropGraceMs ?? DEFAULT_ENGINE_OPTIONS.dropGraceMs);
      await dropBuilds(db, retired);
    }
    return rebuilding.map(({ done, events }) => ({
      name: done!.build.name,
      version: done!.build.version,
      build: done!.build.build,
      schema: done!.build.schema,
      checkpoint: done!.build.checkpoint,
      events,
      dropped: done!.retired.map((old) => old.schema),
    }));
  } catch (error) {
    // A half-built copy nobody will finish only confuses status; a poisoned one stays to say why.
    for (const entry of rebuilding) {
      if (!entry.done && !entry.poisoned)
        await discardBuild(db, entry.build).catch(() => undefined);
    }
    throw error;
  } finally {
    for (const key of keys) await locks.release(key);
    await locks.close();
  }
}

async function lockAll(locks: RunnerLocks, projections: readonly Projection[]): Promise<string[]> {
  const held: string[] = [];
  for (const projection of projections) {
    const key = `rebuild:${projection.name}`;
    if (!(await locks.tryAcquire(key))) {
      for (const taken of held) await locks.release(taken);
      await locks.close();
      throw new RebuildError(`A rebuild of ${projection.name} is already running`);
    }
    held.push(key);
  }
  return held;
}

/** Moves one build on after its batch; once it has caught up, switches reads to it. */
async function afterBatch(
  database: SqlDatabase,
  entry: Rebuilding,
  outcome: BatchOutcome,
  options: RebuildOptions,
): Promise<void> {
  const { name } = entry.projection;
  if (outcome.kind === 'moved') {
    throw new RebuildError(`Build ${entry.build.build} of ${name} was moved by another process`);
  }
  if (outcome.kind === 'poison') {
    const error = describeError(outcome.error);
    await markStopped(database.db, entry.build, {
      eventId: outcome.event.id,
      position: outcome.event.position,
      error,
    });
    entry.poisoned = true;
    throw new PoisonedRebuild(
      `${name} stopped at event ${outcome.event.id} (position ${outcome.event.position}): ${error}`,
    );
  }
  if (outcome.kind === 'advanced') {
    entry.build = { ...entry.build, checkpoint: outcome.checkpoint };
    entry.events += outcome.read;
    await options.onProgress?.({
      name,
      build: entry.build.build,
      checkpoint: entry.build.checkpoint,
      events: entry.events,
    });
    if (!outcome.caughtUp) return;
  }
  // Reads go to the new build from the switch on: its read indexes and statistics must be there.
  if (!entry.analysed) {
    await createReadIndexes(database.db, entry.projection, entry.build.schema);
    await analyzeBuild(database.db, entry.build.schema).catch(() => undefined);
    entry.analysed = true;
  }
  const switched = await switchToBuild(database.db, name, entry.build.build);
  if (switched.kind === 'lost') {
    throw new RebuildError(
      `Build ${entry.build.build} of ${name} was stopped or retired meanwhile`,
    );
  }
  if (switched.kind === 'switched') entry.done = { build: entry.build, retired: switched.retired };
}
