import type { EventStore } from '@app/event-store';
import type { SqlDatabase } from '@app/platform';
import { createBuild, discardBuild, dropBuilds, switchToBuild } from './blue-green';
import { markStopped, type Build } from './checkpoint-store';
import { DEFAULT_ENGINE_OPTIONS } from './projection-engine';
import { projectNextBatch } from './project-batch';
import type { Projection } from './projection';
import { describeError, isTransientError, sleep } from './retry';
import { createRunnerLocks } from './runner-locks';

export interface RebuildOptions {
  batchSize?: number;
  dropGraceMs?: number;
  /** After each committed batch, before the next (awaited): for a progress line. */
  onProgress?(progress: {
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

export class RebuildError extends Error {
  override readonly name: string = 'RebuildError';
}

/** The rebuild stopped at an event the projection cannot apply; status shows which. */
export class PoisonedRebuild extends RebuildError {
  override readonly name = 'PoisonedRebuild';
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
  const { db } = deps.database;
  const batchSize = options.batchSize ?? DEFAULT_ENGINE_OPTIONS.batchSize;
  const locks = createRunnerLocks(deps.database);
  const key = `rebuild:${projection.name}`;
  if (!(await locks.tryAcquire(key))) {
    await locks.close();
    throw new RebuildError(`A rebuild of ${projection.name} is already running`);
  }
  let build: Build | undefined;
  try {
    build = await createBuild(db, projection, { active: false });
    const ctx = {
      db,
      store: deps.store,
      batchSize,
      isTransient: async (error: unknown) =>
        isTransientError(error) ||
        deps.database.ping().then(
          () => false,
          () => true,
        ),
    };
    let events = 0;
    for (;;) {
      if (options.signal?.aborted)
        throw new RebuildError(`The rebuild of ${projection.name} was aborted`);
      const outcome = await projectNextBatch(ctx, projection, build);
      if (outcome.kind === 'moved') {
        throw new RebuildError(
          `Build ${build.build} of ${projection.name} was moved by another process`,
        );
      }
      if (outcome.kind === 'poison') {
        const error = describeError(outcome.error);
        await markStopped(db, build, {
          eventId: outcome.event.id,
          position: outcome.event.position,
          error,
        });
        throw new PoisonedRebuild(
          `${projection.name} stopped at event ${outcome.event.id} (position ${outcome.event.position}): ${error}`,
        );
      }
      if (outcome.kind === 'advanced') {
        build = { ...build, checkpoint: outcome.checkpoint };
        events += outcome.read;
        await options.onProgress?.({ build: build.build, checkpoint: build.checkpoint, events });
        if (!outcome.caughtUp) continue;
      }
      const switched = await switchToBuild(db, projection.name, build.build);
      if (switched.kind === 'lost') {
        throw new RebuildError(
          `Build ${build.build} of ${projection.name} was stopped or retired meanwhile`,
        );
      }
      if (switched.kind === 'behind') continue;
      const done = build;
      build = undefined;
      return await finish(deps.database, done, events, switched.retired, options);
    }
  } catch (error) {
    // A half-built copy nobody will finish only confuses status; a poisoned one stays to say why.
    if (build && !(error instanceof PoisonedRebuild))
      await discardBuild(db, build).catch(() => undefined);
    throw error;
  } finally {
    await locks.release(key);
    await locks.close();
  }
}

async function finish(
  database: SqlDatabase,
  build: Build,
  events: number,
  retired: readonly Build[],
  options: RebuildOptions,
): Promise<RebuildResult> {
  if (retired.length > 0) {
    await sleep(options.dropGraceMs ?? DEFAULT_ENGINE_OPTIONS.dropGraceMs);
    await dropBuilds(database.db, retired);
  }
  return {
    name: build.name,
    version: build.version,
    build: build.build,
    schema: build.schema,
    checkpoint: build.checkpoint,
    events,
    dropped: retired.map((old) => old.schema),
  };
}
