import { InvalidArgumentError, type Command } from 'commander';
import { createEventStore, upcasting, type EventStore } from '@app/event-store';
import {
  loadConfig,
  loadDevKeys,
  migrateToLatest,
  openDatabase,
  signDevToken,
  type SqlDatabase,
} from '@app/platform';
import {
  DEFAULT_REBUILD_BATCH_SIZE,
  ProjectionCatalog,
  readProjectionStatus,
  rebuildProjections,
  type BuildStatus,
  type Projection,
} from '@app/projections';
import { runningServer } from '../running-server';

/** The status read here, or as a server answers it (positions as strings). */
type Status = {
  head: bigint | string;
  projections: Array<Omit<BuildStatus, 'checkpoint'> & { checkpoint: bigint | string }>;
};

/** Who the cli is to a server it asks (a dev token signed with the server's key). */
const CLI_IDENTITY = {
  actor: { id: 'samverkan-cli', name: 'Samverkan cli', role: 'admin' as const, organisation: 'KS' },
  municipality: '0192',
};

interface ReadSide {
  database: SqlDatabase;
  store: EventStore;
  catalog: ProjectionCatalog;
}

/** `projections status` and `projections rebuild NAME… | --all`, over the projections the apps run. */
export function registerProjections(
  program: Command,
  projections: () => Promise<readonly Projection[]>,
): void {
  const command = program
    .command('projections')
    .description('the read models: their status, and blue-green rebuilds');

  command
    .command('status')
    .description(
      'each projection: version, build, state, checkpoint, and lag in events behind the store',
    )
    .option('--json', 'print JSON instead of a table')
    .action(async (options: { json?: boolean }) => {
      const status =
        (await statusFromServer()) ??
        (await withReadSide(projections, ({ database, store, catalog }) =>
          readProjectionStatus(database, store, catalog),
        ));
      if (options.json) {
        console.log(
          JSON.stringify(
            status,
            (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value),
            2,
          ),
        );
        return;
      }
      console.log(`Event store head: ${status.head}`);
      console.log(formatTable(status.projections));
    });

  command
    .command('rebuild [names...]')
    .description(
      'build fresh copies of projections beside the active ones (reading the store once for all), ' +
        'switch reads to each once caught up, then drop the old ones',
    )
    .option('--all', 'rebuild every projection')
    .option(
      '--batch-size <events>',
      'events per page and per transaction',
      parsePositive,
      DEFAULT_REBUILD_BATCH_SIZE,
    )
    .action((names: string[], options: { all?: boolean; batchSize: number }) =>
      withReadSide(projections, async ({ database, store, catalog }) => {
        const chosen = chooseProjections(catalog, names, options.all === true);
        let lastLine = 0;
        const results = await rebuildProjections({ database, store }, chosen, {
          batchSize: options.batchSize,
          onProgress: ({ name, build, checkpoint, events }) => {
            if (Date.now() - lastLine < 1000) return;
            lastLine = Date.now();
            console.log(
              `Rebuilding ${name} (build ${build}): ${events} events, at position ${checkpoint}`,
            );
          },
        });
        for (const result of results) {
          console.log(
            `Switched ${result.name} to build ${result.build} (version ${result.version}, schema ${result.schema}) ` +
              `at position ${result.checkpoint} after ${result.events} events` +
              (result.dropped.length > 0 ? `; dropped ${result.dropped.join(', ')}` : ''),
          );
        }
      }),
    );
}

/** The projections named (each once), or all of them with --all; an unknown name is an error. */
function chooseProjections(
  catalog: ProjectionCatalog,
  names: readonly string[],
  all: boolean,
): Projection[] {
  if (all === names.length > 0) {
    throw new Error('Name the projections to rebuild, or give --all (not both)');
  }
  const wanted = all ? catalog.names() : [...new Set(names)];
  return wanted.map((name) => {
    const projection = catalog.get(name);
    if (!projection) {
      throw new Error(
        `No projection is named ${name}; known: ${catalog.names().join(', ') || 'none'}`,
      );
    }
    return projection;
  });
}

/**
 * The status as the server that holds the embedded database sees it (its own runners are the
 * ones projecting), or undefined when no server holds it and the cli may open the database.
 */
async function statusFromServer(): Promise<Status | undefined> {
  const config = loadConfig();
  const server = runningServer(config, 'read the status from the database');
  if (!server) return undefined;
  // The server in dev mode made its key there on start.
  const keys = await loadDevKeys(`${config.dataDir}/keys`);
  if (!keys) throw new Error(`The server on ${server.url} left no dev key under DATA_DIR`);
  const token = await signDevToken(keys, CLI_IDENTITY, '5m');
  const response = await fetch(`${server.url}/api/v1/projections`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`GET ${server.url}/api/v1/projections: ${response.status}`);
  console.error(`As the server on ${server.url}, which holds DATA_DIR, sees it:`);
  return (await response.json()) as Status;
}

async function withReadSide<T>(
  projections: () => Promise<readonly Projection[]>,
  work: (readSide: ReadSide) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const catalog = new ProjectionCatalog(await projections());
  const database = await openDatabase(config.database);
  // Loaded when needed, like the projections: they pull in every context.
  const { UPCASTERS } = await import('../../../read-models');
  const store = upcasting(createEventStore(config.eventStore, database), UPCASTERS);
  try {
    await migrateToLatest(database.db);
    return await work({ database, store, catalog });
  } finally {
    await store.close();
    await database.close();
  }
}

function formatTable(builds: Status['projections']): string {
  const header = [
    'NAME',
    'VERSION',
    'BUILD',
    'ACTIVE',
    'STATE',
    'CHECKPOINT',
    'LAG',
    'RUNNER',
    'LAST SEEN',
    'ERROR',
  ];
  const rows = builds.map((build) => [
    build.name,
    String(build.version),
    build.build === null ? '-' : String(build.build),
    build.active ? 'yes' : 'no',
    build.state,
    String(build.checkpoint),
    `${build.lag}${build.lagExact ? '' : '+'}`,
    build.runner ?? '-',
    build.lastSeen ? `${build.lastSeen.runner} at ${build.lastSeen.at}` : '-',
    build.error ? `event ${build.error.eventId}: ${build.error.message}` : '',
  ]);
  if (rows.length === 0) return 'No projections.';
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function parsePositive(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new InvalidArgumentError('must be a positive integer');
  return parsed;
}
