import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '@app/platform';

export type BuildState = 'catching-up' | 'running' | 'rebuilding' | 'stopped-error' | 'retired';

/** One build of a projection: a copy of its read model in a schema, with its checkpoint. */
export interface Build {
  name: string;
  build: number;
  version: number;
  schema: string;
  active: boolean;
  state: BuildState;
  checkpoint: bigint;
  /** `host:pid` of the process projecting it, when one claimed it. */
  runner: string | null;
  lastError: string | null;
  failingEventId: string | null;
  failingPosition: bigint | null;
  updatedAt: string;
}

type Db = Kysely<Database> | Transaction<Database>;

// Bigints as text: PGlite returns int8 as a (lossy) JavaScript number, pg as a string.
const columns = [
  'name',
  'build',
  'version',
  'schema_name',
  'active',
  'state',
  sql<string>`checkpoint::text`.as('checkpoint'),
  'runner',
  'last_error',
  'failing_event_id',
  sql<string | null>`failing_position::text`.as('failing_position'),
  sql<string>`to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`.as(
    'updated_at',
  ),
] as const;

function selectBuilds(db: Db) {
  return db.selectFrom('projections').select(columns).orderBy('projections.name').orderBy('build');
}

type BuildRow = Awaited<ReturnType<ReturnType<typeof selectBuilds>['executeTakeFirstOrThrow']>>;

function toBuild(row: BuildRow): Build {
  return {
    name: row.name,
    build: row.build,
    version: row.version,
    schema: row.schema_name,
    active: row.active,
    state: row.state as BuildState,
    checkpoint: BigInt(row.checkpoint),
    runner: row.runner,
    lastError: row.last_error,
    failingEventId: row.failing_event_id,
    failingPosition: row.failing_position === null ? null : BigInt(row.failing_position),
    updatedAt: row.updated_at,
  };
}

/** Every build that is not retired, of one projection or of all. */
export async function listBuilds(db: Db, name?: string): Promise<Build[]> {
  let query = selectBuilds(db).where('state', '<>', 'retired');
  if (name !== undefined) query = query.where('name', '=', name);
  return (await query.execute()).map(toBuild);
}

export async function findBuild(db: Db, name: string, build: number): Promise<Build | undefined> {
  const row = await selectBuilds(db)
    .where('name', '=', name)
    .where('build', '=', build)
    .executeTakeFirst();
  return row && toBuild(row);
}

/** The checkpoint each named projection's active build has reached (absent: no active build). */
export async function activeCheckpoints(
  db: Db,
  names: readonly string[],
): Promise<Map<string, bigint>> {
  if (names.length === 0) return new Map();
  const rows = await db
    .selectFrom('projections')
    .select(['name', sql<string>`checkpoint::text`.as('checkpoint')])
    .where('name', 'in', [...names])
    .where('active', '=', true)
    .execute();
  return new Map(rows.map((row) => [row.name, BigInt(row.checkpoint)]));
}

/**
 * Compare-and-set: moves the checkpoint from `from` to `to` only if nobody moved it since, nor
 * stopped or retired the build. Run inside the transaction that writes the read-model rows, so a
 * lost race (false) rolls nothing forward twice.
 */
export async function advanceCheckpoint(
  tx: Db,
  build: Build,
  from: bigint,
  to: bigint,
  state: BuildState,
): Promise<boolean> {
  const result = await tx
    .updateTable('projections')
    .set({ checkpoint: to.toString(), state, updated_at: sql`now()` })
    .where('name', '=', build.name)
    .where('build', '=', build.build)
    .where('checkpoint', '=', from.toString())
    .where('state', 'not in', ['retired', 'stopped-error'])
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Records a state change that moves no events (caught up, resumed after an error). */
export async function setState(db: Db, build: Build, state: BuildState): Promise<void> {
  await db
    .updateTable('projections')
    .set({
      state,
      updated_at: sql`now()`,
      ...(state === 'stopped-error'
        ? {}
        : { last_error: null, failing_event_id: null, failing_position: null }),
    })
    .where('name', '=', build.name)
    .where('build', '=', build.build)
    .where('state', '<>', 'retired')
    .execute();
}

/** A poison event: the build stops just before it and says which event and why. */
export async function markStopped(
  db: Db,
  build: Build,
  failing: { eventId: string; position: bigint; error: string },
): Promise<void> {
  await db
    .updateTable('projections')
    .set({
      state: 'stopped-error',
      last_error: failing.error,
      failing_event_id: failing.eventId,
      failing_position: failing.position.toString(),
      updated_at: sql`now()`,
    })
    .where('name', '=', build.name)
    .where('build', '=', build.build)
    .where('state', '<>', 'retired')
    .execute();
}

/** Names the process that projects a build, for status (kept after it stops: who last did). */
export async function claimBuild(db: Db, build: Build, runner: string | null): Promise<void> {
  await db
    .updateTable('projections')
    .set({ runner })
    .where('name', '=', build.name)
    .where('build', '=', build.build)
    .execute();
}

/** A runner that stops cleanly leaves its name and the time it stopped: status says "last seen". */
export async function releaseBuilds(db: Db, name: string, runner: string): Promise<void> {
  await db
    .updateTable('projections')
    .set({ updated_at: sql`now()` })
    .where('name', '=', name)
    .where('runner', '=', runner)
    .execute();
}
