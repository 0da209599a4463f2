import type { ChildProcess } from 'node:child_process';
import * as os from 'node:os';
import { PostgresEventStore } from '@app/event-store';
import {
  listBuilds,
  ProjectionCatalog,
  readProjectionStatus,
  rebuildProjection,
} from '@app/projections';
import { spawnSource, watchOutput } from '../support/run-source';
import { postgresUrl, testDatabases, type OpenTestDatabase } from '../support/test-databases';
import { buildWhere, caughtUp } from './engine-helpers';
import { countRows, countsProjection, SAMPLE_IGNORED } from './sample-counts.projection';
import { appendMany, expectedStreamCounts } from './sample-events';

const WORKER = 'test/projections/sample-worker.ts';
const postgres = testDatabases.find((candidate) => candidate.name === 'postgres');
const describeOnPostgres = postgres ? describe : describe.skip;

if (!postgresUrl) {
  // Several processes on one database need a server: PGlite's data directory is one process's.
  console.warn('worker-process.spec: skipped, set TEST_DATABASE_URL to run the fault tests');
}

function startWorker(url: string) {
  const child = spawnSource(WORKER, {
    DATABASE_URL: url,
    LOG_LEVEL: 'info',
    DATA_DIR: os.tmpdir(),
  });
  const output = watchOutput(child); // also drains stdout, so the child never blocks on a full pipe
  child.stderr?.resume();
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, exited, output };
}

const runnerOf = (child: ChildProcess) => `${os.hostname()}:${child.pid}`;

describeOnPostgres('worker processes on PostgreSQL (fault tests)', () => {
  let database: OpenTestDatabase;
  let store: PostgresEventStore;
  const children: ChildProcess[] = [];

  beforeEach(async () => {
    database = await postgres!.open();
    store = new PostgresEventStore(database);
  });
  afterEach(async () => {
    children.splice(0).forEach((child) => child.kill('SIGKILL'));
    await store.close();
    await database.close();
  });

  function worker() {
    const started = startWorker(database.url!);
    children.push(started.child);
    return started;
  }

  it('a worker killed (SIGKILL) while projecting 50,000 events, then restarted, ends with the rows a clean rebuild makes', async () => {
    const handled = Array.from({ length: 45 }, (_, index) => `group-${index}`);
    const ignored = Array.from({ length: 5 }, (_, index) => `other-${index}`);
    for (const stream of handled) await appendMany(store, stream, 1000);
    let head = 0n; // the last append's position is the highest (positions come in commit order)
    for (const stream of ignored) {
      head = await appendMany(store, stream, 1000, { type: SAMPLE_IGNORED });
    }
    const catalog = new ProjectionCatalog([countsProjection()]);

    const first = worker();
    await buildWhere(database.db, 'sample-counts', (build) => build.checkpoint > 0n, 60_000);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    const [atKill] = await listBuilds(database.db, 'sample-counts');
    expect(atKill.checkpoint).toBeLessThan(head); // it died mid-projection

    const { lag } = (await readProjectionStatus(database, store, catalog)).projections[0];
    expect(lag).toBeGreaterThan(0);

    const second = worker();
    await second.output.waitFor(/sample-counts: projecting in/);
    const started = Date.now();
    await caughtUp(database.db, 'sample-counts', head, 60_000);
    const seconds = (Date.now() - started) / 1000;
    // A figure for the reader, not a pass/fail: catch-up speed is the benchmarks' business.
    console.log(
      `fault test: ${lag} events caught up in ${seconds.toFixed(1)} s (${Math.round(lag / seconds)} events/s)`,
    );
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const projected = await countRows(database.db);
    expect(projected.streams).toEqual(expectedStreamCounts(handled, 1000));
    await rebuildProjection({ database, store }, countsProjection(), { dropGraceMs: 0 });
    expect(await countRows(database.db)).toEqual(projected);
  }, 120_000);

  it('two workers: one projects; kill it and the other takes over', async () => {
    const seeded = await appendMany(store, 'group-1', 100);
    const workers = [worker(), worker()];
    const holder = await buildWhere(
      database.db,
      'sample-counts',
      (build) => build.runner !== null,
      60_000,
    );
    await caughtUp(database.db, 'sample-counts', seeded, 60_000);
    const projecting = workers.find(({ child }) => runnerOf(child) === holder.runner)!;
    const waiting = workers.find((candidate) => candidate !== projecting)!;
    expect(projecting).toBeDefined();

    // Only the holder projects: more events are all its own work.
    let head = await appendMany(store, 'group-1', 100, { perAppend: 10 });
    await caughtUp(database.db, 'sample-counts', head);
    expect((await listBuilds(database.db, 'sample-counts'))[0].runner).toBe(
      runnerOf(projecting.child),
    );

    projecting.child.kill('SIGKILL');
    await projecting.exited;
    head = await appendMany(store, 'group-1', 100, { perAppend: 10 });
    await caughtUp(database.db, 'sample-counts', head, 60_000);

    expect((await listBuilds(database.db, 'sample-counts'))[0].runner).toBe(
      runnerOf(waiting.child),
    );
    expect((await countRows(database.db)).streams).toEqual(expectedStreamCounts(['group-1'], 300));
    waiting.child.kill('SIGTERM');
    expect(await waiting.exited).toBe(0);
  }, 120_000);
});
