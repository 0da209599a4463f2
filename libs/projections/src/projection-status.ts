import type { EventStore, Position } from '@app/event-store';
import type { SqlDatabase } from '@app/platform';
import { listBuilds, type Build, type BuildState } from './checkpoint-store';
import { eventCounterFor } from './event-counter';
import type { ProjectionCatalog } from './projection-catalog';
import { runnerLockKey } from './projection-runner';
import { createRunnerLocks } from './runner-locks';

export interface BuildStatus {
  name: string;
  version: number;
  /** Null for a projection that no process has started yet. */
  build: number | null;
  /** Whether this build answers reads; a rebuild in progress is listed beside the active one. */
  active: boolean;
  /**
   * As recorded, except that a build no process projects now is `stopped` (the record says
   * `running` or `catching-up` until the next process takes it).
   */
  state: BuildState | 'not-started' | 'stopped';
  checkpoint: Position;
  /** Events between the checkpoint and the store's head. */
  lag: number;
  lagExact: boolean;
  /** `host:pid` of the process projecting it now; null when none does. */
  runner: string | null;
  /** The last process that projected it, and when it last recorded anything. */
  lastSeen: { runner: string; at: string } | null;
  error: { message: string; eventId: string | null; position: Position | null } | null;
  updatedAt: string | null;
}

export interface ProjectionsStatus {
  head: Position;
  projections: BuildStatus[];
}

/** Every projection of the catalog (and any other build in the registry), with its lag. */
export async function readProjectionStatus(
  database: SqlDatabase,
  store: EventStore,
  catalog: ProjectionCatalog,
): Promise<ProjectionsStatus> {
  const [head, builds] = await Promise.all([store.head(), listBuilds(database.db)]);
  const count = eventCounterFor(store, database);
  const locks = createRunnerLocks(database);
  const statuses: BuildStatus[] = await Promise.all(
    builds.map(async (build) => ({
      ...describe(build, await locks.heldByAnyone(runnerLockKey(build.name))),
      ...(await lagOf(build.checkpoint)),
    })),
  );
  async function lagOf(checkpoint: Position) {
    const { count: lag, exact } = await count(checkpoint, head);
    return { lag, lagExact: exact };
  }
  const started = new Set(builds.map((build) => build.name));
  for (const projection of catalog.all()) {
    if (started.has(projection.name)) continue;
    statuses.push({
      name: projection.name,
      version: projection.version,
      build: null,
      active: false,
      state: 'not-started',
      checkpoint: 0n,
      ...(await lagOf(0n)),
      runner: null,
      lastSeen: null,
      error: null,
      updatedAt: null,
    });
  }
  statuses.sort((a, b) => a.name.localeCompare(b.name) || (a.build ?? 0) - (b.build ?? 0));
  return { head, projections: statuses };
}

function describe(build: Build, projectedNow: boolean): Omit<BuildStatus, 'lag' | 'lagExact'> {
  const idle = !projectedNow && (build.state === 'running' || build.state === 'catching-up');
  return {
    name: build.name,
    version: build.version,
    build: build.build,
    active: build.active,
    state: idle ? 'stopped' : build.state,
    checkpoint: build.checkpoint,
    runner: projectedNow ? build.runner : null,
    lastSeen: build.runner === null ? null : { runner: build.runner, at: build.updatedAt },
    error:
      build.lastError === null
        ? null
        : {
            message: build.lastError,
            eventId: build.failingEventId,
            position: build.failingPosition,
          },
    updatedAt: build.updatedAt,
  };
}
