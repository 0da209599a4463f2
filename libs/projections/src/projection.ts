import type { Kysely, Transaction } from 'kysely';
import type { EventStore, RecordedEvent } from '@app/event-store';

/** What a projection may read of the store before its batch's transaction: whole streams. */
export type StreamReader = Pick<EventStore, 'readStream'>;

/**
 * A read model built from events. Each build of it lives in a PostgreSQL schema of its own, so
 * `setup` and `apply` name tables without a schema: the runner points both at the build's schema
 * (through `withSchema` and a transaction-local `search_path`, so raw `sql` works too).
 */
// `any` by default: the engine holds projections of many table shapes in one list.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Projection<DB = any, Prepared = any> {
  /** Kebab-case, at most 40 characters: `structure-groups`. Reads name the projection by it. */
  readonly name: string;
  /** Bump it when setup or apply change: the runner builds the new version beside the old one. */
  readonly version: number;
  /**
   * Event types the projection reads; other events only move its checkpoint. `[EVERY_EVENT]`
   * reads them all, whatever their type (the transparency log does).
   */
  readonly handles: readonly string[];
  /** Creates the build's tables and the indexes apply's own statements use, in an empty schema. */
  setup(db: Kysely<DB>): Promise<void>;
  /**
   * Indexes only reads use (apply must not need them, not even for a conflict). An active build
   * gets them with its tables; a build made beside the active one (a rebuild, a new version's
   * catch-up), which nobody reads before its switch, gets them just before it: one sort over all
   * the rows costs a fraction of keeping them up through every insert (bench/NOTES.md).
   */
  readonly readIndexes?: readonly ReadIndex[];
  /**
   * Optional work on a batch before its transaction opens: reading what the batch needs from the
   * store (earlier events of its streams) and computing from the events alone. It must not read
   * the build's tables: the engine may prepare a batch while the one before it is still being
   * written (a rebuild does), so what prepare computes is what the events say, and what the
   * tables hold is for apply. A transaction waits for nothing but the database this way, and on
   * PGlite (one connection) a store read inside the transaction could not run at all.
   */
  prepare?(events: readonly RecordedEvent[], streams: StreamReader): Promise<Prepared>;
  /**
   * Applies events, in commit order, inside the transaction that also advances the checkpoint,
   * with what `prepare` answered for exactly these events (undefined without a prepare).
   * Throwing stops the projection (a poison event) unless the error is a lost connection.
   */
  apply(tx: Transaction<DB>, events: readonly RecordedEvent[], prepared: Prepared): Promise<void>;
}

/** `create [unique] index <name> on <on>`: `on` is the table, its columns and any `where`. */
export interface ReadIndex {
  name: string;
  on: string;
  unique?: boolean;
}

/** A projection whose `handles` is `[EVERY_EVENT]` reads every event. */
export const EVERY_EVENT = '*';

/** Whether the projection reads events of this type. */
export function handlesType(handles: ReadonlySet<string>, type: string): boolean {
  return handles.has(type) || handles.has(EVERY_EVENT);
}

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const MAX_NAME_LENGTH = 40;

/** Checks a projection's declaration once, when it is registered, with a message that names it. */
export function assertValidProjection(projection: Projection): void {
  const { name, version, handles } = projection;
  if (typeof name !== 'string' || !NAME.test(name) || name.length > MAX_NAME_LENGTH) {
    throw new Error(
      `Projection name "${name}" must be kebab-case (a-z, 0-9, single hyphens) and at most ${MAX_NAME_LENGTH} characters`,
    );
  }
  if (!Number.isInteger(version) || version < 1) {
    throw new Error(`Projection ${name} has version ${version}; it must be a positive integer`);
  }
  if (!Array.isArray(handles) || handles.length === 0) {
    throw new Error(`Projection ${name} handles no event types`);
  }
}

/**
 * The schema of one build: `proj_structure_groups_v2_5` is build 5, made by version 2. Names are
 * kebab-case, so replacing hyphens cannot make two projections share a schema.
 */
export function schemaNameOf(name: string, version: number, build: number): string {
  return `proj_${name.replace(/-/g, '_')}_v${version}_${build}`;
}
