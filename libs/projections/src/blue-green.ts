import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '@app/platform';
import { findBuild, listBuilds, type Build } from './checkpoint-store';
import { schemaNameOf, type Projection, type ReadIndex } from './projection';

/**
 * Points unqualified names at a build's schema for the rest of the transaction, so raw `sql` in
 * setup and apply lands there too; `public` stays reachable for shared functions.
 */
export async function useSchema(tx: Transaction<Database>, schema: string): Promise<void> {
  await sql`set local search_path to ${sql.id(schema)}, public`.execute(tx);
}

/**
 * Creates the next build of a projection: its registry row, its schema and its tables commit
 * together, so a schema without a row is always garbage (see sweepRetired) and a row always has
 * its tables. An active build is only created when there is none (the first one); a build beside
 * an active one starts inactive and is switched to once it has caught up.
 */
export async function createBuild(
  db: Kysely<Database>,
  projection: Projection,
  options: { active: boolean },
): Promise<Build> {
  const created = await db.transaction().execute(async (tx) => {
    const { next } = await tx
      .selectFrom('projections')
      .select(sql<number>`coalesce(max(build), 0) + 1`.as('next'))
      .where('name', '=', projection.name)
      .executeTakeFirstOrThrow();
    const build = Number(next);
    const schema = schemaNameOf(projection.name, projection.version, build);
    await tx
      .insertInto('projections')
      .values({
        name: projection.name,
        build,
        version: projection.version,
        schema_name: schema,
        active: options.active,
        state: options.active ? 'catching-up' : 'rebuilding',
      })
      .execute();
    await sql`create schema ${sql.id(schema)}`.execute(tx);
    await useSchema(tx, schema);
    await projection.setup(tx.withSchema(schema));
    if (options.active) await createIndexes(tx, projection);
    return build;
  });
  return (await findBuild(db, projection.name, created))!;
}

/**
 * Creates the projection's read indexes in a build made inactive, before it is switched to.
 * Each index in a transaction of its own, all at once: they are independent sorts of one table
 * (CREATE INDEX takes a share lock, which does not block another), so on PostgreSQL they use
 * every core where one after the other they used one; the switch waits on the longest alone.
 * Idempotent (`if not exists`), so whichever process switches the build may call it.
 */
export async function createReadIndexes(
  db: Kysely<Database>,
  projection: Projection,
  schema: string,
): Promise<void> {
  await Promise.all(
    (projection.readIndexes ?? []).map((index) =>
      db.transaction().execute(async (tx) => {
        await useSchema(tx, schema);
        await createIndex(tx, index);
      }),
    ),
  );
}

/** In the build's schema (the transaction's search_path). */
async function createIndexes(tx: Transaction<Database>, projection: Projection): Promise<void> {
  for (const index of projection.readIndexes ?? []) await createIndex(tx, index);
}

async function createIndex(tx: Transaction<Database>, index: ReadIndex): Promise<void> {
  const unique = index.unique ? 'unique ' : '';
  await sql.raw(`create ${unique}index if not exists ${index.name} on ${index.on}`).execute(tx);
}

export type SwitchResult =
  | { kind: 'switched'; retired: Build[] }
  /** The active build is ahead (another process still projects it): catch up again first. */
  | { kind: 'behind'; active: bigint }
  /** The build was stopped or retired meanwhile. */
  | { kind: 'lost' };

/**
 * Makes `build` the one that answers reads, in one transaction, and retires every other build of
 * the projection. Row locks on the projection's builds make the active runner's next
 * compare-and-set wait and then fail, so it never writes into a retired build; requiring the new
 * build to have reached the old one's checkpoint keeps reads from going back in time.
 */
export async function switchToBuild(
  db: Kysely<Database>,
  name: string,
  build: number,
): Promise<SwitchResult> {
  return db.transaction().execute(async (tx) => {
    await tx
      .selectFrom('projections')
      .select('build')
      .where('name', '=', name)
      .where('state', '<>', 'retired')
      .forUpdate()
      .execute();
    const builds = await listBuilds(tx, name);
    const target = builds.find((candidate) => candidate.build === build);
    if (!target || target.state === 'stopped-error') return { kind: 'lost' };
    const active = builds.find((candidate) => candidate.active);
    if (active && active.build !== build && active.checkpoint > target.checkpoint) {
      return { kind: 'behind', active: active.checkpoint };
    }
    const retired = builds.filter((candidate) => candidate.build !== build);
    if (retired.length > 0) {
      await tx
        .updateTable('projections')
        .set({ active: false, state: 'retired', runner: null, updated_at: sql`now()` })
        .where('name', '=', name)
        .where(
          'build',
          'in',
          retired.map((old) => old.build),
        )
        .execute();
    }
    await tx
      .updateTable('projections')
      .set({ active: true, state: 'running', switched_at: sql`now()`, updated_at: sql`now()` })
      .where('name', '=', name)
      .where('build', '=', build)
      .execute();
    return { kind: 'switched', retired };
  });
}

/** Drops retired builds' schemas and rows. Readers that looked the old schema up just before the
 * switch had the grace period to finish, so callers wait that long first. */
export async function dropBuilds(db: Kysely<Database>, builds: readonly Build[]): Promise<void> {
  for (const build of builds) {
    await db.transaction().execute(async (tx) => {
      await sql`drop schema if exists ${sql.id(build.schema)} cascade`.execute(tx);
      await tx
        .deleteFrom('projections')
        .where('name', '=', build.name)
        .where('build', '=', build.build)
        .where('state', '=', 'retired')
        .execute();
    });
  }
}

/** Retires and drops a build that will not be finished (never the active one). */
export async function discardBuild(db: Kysely<Database>, build: Build): Promise<void> {
  const retired = await db
    .updateTable('projections')
    .set({ state: 'retired', runner: null, updated_at: sql`now()` })
    .where('name', '=', build.name)
    .where('build', '=', build.build)
    .where('active', '=', false)
    .executeTakeFirst();
  if (retired.numUpdatedRows === 1n) await dropBuilds(db, [build]);
}

const BUILD_SCHEMA = '^proj_[a-z0-9_]+_v[0-9]+_[0-9]+$';

/**
 * Cleans up after a process that died between a switch and its drop: retired builds older than
 * the grace period, and build schemas without a row (a row and its schema are created together,
 * so only a drop that was cut short leaves those).
 */
export async function sweepRetired(db: Kysely<Database>, graceMs: number): Promise<string[]> {
  const retired = await db
    .selectFrom('projections')
    .select(['name', 'build'])
    .where('state', '=', 'retired')
    .where('updated_at', '<', sql<Date>`now() - ${graceMs} * interval '1 millisecond'`)
    .execute();
  const builds = (
    await Promise.all(retired.map((row) => findBuild(db, row.name, row.build)))
  ).filter((build): build is Build => build !== undefined);
  await dropBuilds(db, builds);
  const { rows: orphans } = await sql<{ schema: string }>`
    select nspname as schema from pg_namespace
     where nspname ~ ${BUILD_SCHEMA}
       and nspname not in (select schema_name from projections)
  `.execute(db);
  for (const orphan of orphans) {
    await sql`drop schema if exists ${sql.id(orphan.schema)} cascade`.execute(db);
  }
  return [...builds.map((build) => build.schema), ...orphans.map((orphan) => orphan.schema)];
}
