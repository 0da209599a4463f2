import { sql, type Kysely } from 'kysely';
import type { EventStore, RecordedEvent } from '@app/event-store';
import type { Database } from '@app/platform';
import { useSchema } from './blue-green';
import type { BuildStatistics } from './build-statistics';
import { advanceCheckpoint, type Build, type BuildState } from './checkpoint-store';
import type { Projection } from './projection';

export interface BatchContext {
  db: Kysely<Database>;
  store: EventStore;
  batchSize: number;
  /** Whether a failure was the database or the store, not the event (may ping to find out). */
  isTransient(error: unknown): Promise<boolean>;
  /** Keeps the planner's statistics of fast-growing builds fresh; none in some tests. */
  statistics?: BuildStatistics;
}

export type BatchOutcome =
  /** Nothing after the checkpoint yet. */
  | { kind: 'idle' }
  | { kind: 'advanced'; checkpoint: bigint; read: number; applied: number; caughtUp: boolean }
  /** The checkpoint was moved by someone else (another runner, a switch): reload and go on. */
  | { kind: 'moved' }
  /** An event the projection cannot apply; events before it are committed, the checkpoint is just before it. */
  | { kind: 'poison'; event: RecordedEvent; error: unknown; checkpoint: bigint };

/**
 * Projects the next batch after the build's checkpoint: the rows and the new checkpoint commit in
 * one transaction, guarded by compare-and-set, so a crash anywhere neither loses nor doubles an
 * event. Only one batch of events is in memory at a time, however long the history.
 */
export async function projectNextBatch(
  ctx: BatchContext,
  projection: Projection,
  build: Build,
): Promise<BatchOutcome> {
  const events = await ctx.store.readAll(build.checkpoint, ctx.batchSize);
  return projectBatch(ctx, projection, build, events);
}

/**
 * Projects `events`, read from the store after the build's checkpoint (a page of at most
 * `ctx.batchSize`), into the build. Split from the read so that one page can feed several
 * builds standing at the same checkpoint (a rebuild of several projections reads once).
 */
export async function projectBatch(
  ctx: BatchContext,
  projection: Projection,
  build: Build,
  events: readonly RecordedEvent[],
): Promise<BatchOutcome> {
  if (events.length === 0) return { kind: 'idle' };
  const handles = new Set(projection.handles);
  const handled = events.filter((event) => handles.has(event.type));
  const checkpoint = events[events.length - 1].position;
  const caughtUp = events.length < ctx.batchSize;
  const state = stateAfterBatch(build, caughtUp);
  let committed: boolean;
  try {
    committed = await commitBatch(ctx.db, projection, build, checkpoint, state, handled);
  } catch (error) {
    if (await ctx.isTransient(error)) throw error;
    return isolatePoison(ctx, projection, build, events, handled, state, error);
  }
  if (!committed) return { kind: 'moved' };
  await ctx.statistics?.afterBatch(ctx.db, build, handled.length);
  return { kind: 'advanced', checkpoint, read: events.length, applied: handled.length, caughtUp };
}

export function stateAfterBatch(build: Build, caughtUp: boolean): BuildState {
  if (!build.active) return 'rebuilding';
  return caughtUp ? 'running' : 'catching-up';
}

async function commitBatch(
  db: Kysely<Database>,
  projection: Projection,
  build: Build,
  to: bigint,
  state: BuildState,
  events: readonly RecordedEvent[],
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    // The compare-and-set goes first: a competing runner waits on the row lock here and then
    // finds the checkpoint moved, before it has written anything.
    if (!(await advanceCheckpoint(tx, build, build.checkpoint, to, state))) return false;
    // A build being rebuilt is read by nobody until the switch, whose own commit is durable and
    // flushes the log up to it. So its batches need not wait for their own flush: a server crash
    // loses at most the last few, rows and checkpoint together (PostgreSQL loses an unflushed
    // transaction whole, as if it had aborted), so exactly-once holds as before.
    if (!build.active) await sql`set local synchronous_commit = off`.execute(tx);
    if (events.length > 0) {
      await useSchema(tx, build.schema);
      await projection.apply(tx.withSchema(build.schema), events);
    }
    return true;
  });
}

/**
 * The batch failed for a reason of its own. Applies its events one at a time (and rolls that
 * back) to find the first that fails, then commits the ones before it, so that the projection
 * stops exactly at the poison event and status can name it.
 */
async function isolatePoison(
  ctx: BatchContext,
  projection: Projection,
  build: Build,
  events: readonly RecordedEvent[],
  handled: readonly RecordedEvent[],
  state: BuildState,
  batchError: unknown,
): Promise<BatchOutcome> {
  const failing = await findFailingEvent(ctx.db, projection, build, handled);
  // The whole batch fails but no event alone does: not a poison event; retry it later.
  if (!failing) throw batchError;
  if (await ctx.isTransient(failing.error)) throw failing.error;
  const index = events.indexOf(handled[failing.index]);
  const before = index === 0 ? build.checkpoint : events[index - 1].position;
  if (before !== build.checkpoint) {
    const prefix = handled.slice(0, failing.index);
    if (!(await commitBatch(ctx.db, projection, build, before, state, prefix)))
      return { kind: 'moved' };
  }
  return {
    kind: 'poison',
    event: handled[failing.index],
    error: failing.error,
    checkpoint: before,
  };
}

class RollBack extends Error {}

async function findFailingEvent(
  db: Kysely<Database>,
  projection: Projection,
  build: Build,
  events: readonly RecordedEvent[],
): Promise<{ index: number; error: unknown } | undefined> {
  let failing: { index: number; error: unknown } | undefined;
  await db
    .transaction()
    .execute(async (tx) => {
      await useSchema(tx, build.schema);
      for (let index = 0; index < events.length && !failing; index++) {
        try {
          await projection.apply(tx.withSchema(build.schema), [events[index]]);
        } catch (error) {
          failing = { index, error };
        }
      }
      throw new RollBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RollBack)) throw error;
    });
  return failing;
}
