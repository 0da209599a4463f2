import type { EventStore, Position } from '@app/event-store';
import type { SqlDatabase } from '@app/platform';
import { listBuilds, type Build, type BuildState } from './checkpoint-store';
import { eventCounterFor } from './event-counter';
import type { ProjectionCatalog } from './projection-catalog';

export interface BuildStatus {
  name: string;
  version: number;
  /** Null for a projection that no process has started yet. */
  build: number | null;
  /** Whether this build answers reads; a rebuild in progress is listed beside the active one. */
  active: boolean;
  state: BuildState | 'not-started';
  checkpoint: Position;
  /** Events between the checkpoint and the store's head. */
  lag: number;
  lagExact: boolean;
  runner: string | null;
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
  const statuses: BuildStatus[] = await Promise.all(
    builds.map(async (build) => ({ ...describe(build), ...(await lagOf(build.checkpoint)) })),
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
      error: null,
      updatedAt: null,
    });
  }
  statuses.sort((a, b) => a.name.localeCompare(b.name) || (a.build ?? 0) - (b.build ?? 0));
  return { head, projections: statuses };
}

function describe(build: Build): Omit<BuildStatus, 'lag' | 'lagExact'> {
  return {
    name: build.name,
    version: build.version,
    build: build.build,
    active: build.active,
    state: build.state,
    checkpoint: build.checkpoint,
    runner: build.runner,
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
