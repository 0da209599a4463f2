import { sql, type Kysely } from 'kysely';
import type { EventStore, RecordedEvent } from '@app/event-store';
import type { Database } from '@app/platform';
import { useSchema } from './blue-green';
import type { BuildStatistics } from './build-statistics';
import { advanceCheckpoint, type Build, type BuildState } from './checkpoint-store';
import { handlesType, type Projection, type StreamReader } from './projection';

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

/** The events of a page that a projection handles, and what it prepared for them. */
export interface PreparedBatch {
  handled: readonly RecordedEvent[];
  /** Settles later: a rebuild prepares the next page while the current one is written. */
  prepared: Promise<unknown>;
}

/** Starts the projection's prepare (if it has one) on the page's events it handles. */
export function prepareBatch(
  projection: Projection,
  events: readonly RecordedEvent[],
  streams: StreamReader,
): PreparedBatch {
  const handles = new Set(projection.handles);
  const handled = events.filter((event) => handlesType(handles, event.type));
  const { prepare } = projection;
  // Through a promise even if prepare throws at once: its failure is the batch's, to isolate.
  const prepared =
    handled.length > 0 && prepare
      ? Promise.resolve().then(() => prepare.call(projection, handled, streams))
      : Promise.resolve(undefined);
  // Awaited by projectBatch, inside its error handling; a page nobody projects (the rebuild
  // stopped first) must not end the process with an unhandled rejection.
  prepared.catch(() => undefined);
  return { handled, prepared };
}

/**
 * Projects `events`, read from the store after the build's checkpoint (a page of at most
 * `ctx.batchSize`), into the build. Split from the read so that one page can feed several
 * builds standing at the same checkpoint (a rebuild of several projections reads once), and
 * from the preparation so that a rebuild can prepare the next page while this one is written.
 */
export async function projectBatch(
  ctx: BatchContext,
  projection: Projection,
  build: Build,
  events: readonly RecordedEvent[],
  batch: PreparedBatch = prepareBatch(projection, events, ctx.store),
): Promise<BatchOutcome> {
  if (events.length === 0) return { kind: 'idle' };
  const { handled } = batch;
  const checkpoint = events[events.length - 1].position;
  const caughtUp = events.length < ctx.batchSize;
  const state = stateAfterBatch(build, caughtUp);
  let committed: boolean;
  try {
    const prepared = await batch.prepared;
    committed = await commitBatch(ctx.db, projection, build, checkpoint, state, handled, prepared);
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
  prepared: unknown,
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
      await projection.apply(tx.withSchema(build.schema), events, prepared);
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
  const failing = await findFailingEvent(ctx, projection, build, handled);
  // The whole batch fails but no event alone does: not a poison event; retry it later.
  if (!failing) throw batchError;
  if (await ctx.isTransient(failing.error)) throw failing.error;
  const index = events.indexOf(handled[failing.index]);
  const before = index === 0 ? build.checkpoint : events[index - 1].position;
  if (before !== build.checkpoint) {
    const prefix = handled.slice(0, failing.index);
    const prepared = await prepareBatch(projection, prefix, ctx.store).prepared;
    if (!(await commitBatch(ctx.db, projection, build, before, state, prefix, prepared)))
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

/**
 * Each event prepared alone (before the transaction, as always), then applied alone in order;
 * the first to fail in either step is the poison. The earlier events of a stream are in the
 * store, so an event prepared alone sees what it would see after those before it.
 */
async function findFailingEvent(
  ctx: BatchContext,
  projection: Projection,
  build: Build,
  events: readonly RecordedEvent[],
): Promise<{ index: number; error: unknown } | undefined> {
  const prepared: unknown[] = [];
  let unprepared: { index: number; error: unknown } | undefined;
  for (const [index, event] of events.entries()) {
    try {
      prepared.push(await prepareBatch(projection, [event], ctx.store).prepared);
    } catch (error) {
      unprepared = { index, error };
      break;
    }
  }
  let failing: { index: number; error: unknown } | undefined;
  await ctx.db
    .transaction()
    .execute(async (tx) => {
      await useSchema(tx, build.schema);
      for (let index = 0; index < prepared.length && !failing; index++) {
        try {
          await projection.apply(tx.withSchema(build.schema), [events[index]], prepared[index]);
        } catch (error) {
          failing = { index, error };
        }
      }
      throw new RollBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RollBack)) throw error;
    });
  return failing ?? unprepared;
}
