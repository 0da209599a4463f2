import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '@app/platform';
import { runSource, spawnSource, watchOutput } from '../support/run-source';

const API = 'apps/api/src/main.ts';
const CLI = 'apps/cli/src/main.ts';

/**
 * PGlite is one process at a time: before the lock, `cli demo` beside a running server exited 0
 * and its records were gone after the server's restart. Now the demo writes through the server,
 * and any other process on the directory is refused with the holder's pid.
 */
describe('the cli beside a server on the same embedded database', () => {
  let dataDir: string;
  let server: ChildProcess | undefined;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-beside-'));
  });
  afterAll(async () => {
    server?.kill('SIGKILL');
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('records the demo through the server, refuses a second opener by name, and loses nothing', async () => {
    const env = { DATA_DIR: dataDir, LOG_LEVEL: 'info' };
    server = spawnSource(API, { ...env, PORT: '0', HOST: '127.0.0.1' });
    const exited = new Promise<number | null>((resolve) => server!.once('exit', resolve));
    const started = await watchOutput(server).waitFor(/Samverkan API on/);
    const url = /on (http:\/\/\S+)\/api\/v1/.exec(started)![1];

    const demo = runSource(CLI, ['demo'], env, 240_000);
    expect(demo.stderr).toBe(`Working through the server on ${url}, which holds DATA_DIR.\n`);
    expect(demo.status).toBe(0);
    const recorded = JSON.parse(demo.stdout);

    // Status comes from the server, whose runners project: running, by it.
    const live = runSource(CLI, ['projections', 'status', '--json'], env);
    expect(live.stderr).toBe(`As the server on ${url}, which holds DATA_DIR, sees it:\n`);
    const runner = `${os.hostname()}:${server.pid}`;
    for (const projection of JSON.parse(live.stdout).projections) {
      expect(projection).toMatchObject({
        state: expect.stringMatching(/^(running|catching-up)$/),
        runner,
      });
    }

    const second = runSource(CLI, ['verify'], env);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(
      `is in use by the server listening on ${url} (pid ${server.pid}`,
    );
    expect(second.stderr).toContain(`kill ${server.pid}`);

    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(fs.stat(path.join(dataDir, 'pglite.lock'))).rejects.toThrow(/ENOENT/);

    // With no server, status says so: stopped, last seen by the server.
    const after = JSON.parse(runSource(CLI, ['projections', 'status', '--json'], env).stdout);
    for (const projection of after.projections) {
      expect(projection).toMatchObject({ state: 'stopped', runner: null, lastSeen: { runner } });
    }

    // After the server stopped, the demo's records are in its database.
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    try {
      const { rows } = await sql<{ stream: string }>`select distinct stream from events`.execute(
        database.db,
      );
      const streams = rows.map((row) => row.stream);
      expect(streams).toEqual(
        expect.arrayContaining([
          expect.stringContaining(recorded.oldModel),
          expect.stringContaining(recorded.minutes.nanAu20231106.meetingId),
          expect.stringContaining(recorded.minutes.assignment42),
        ]),
      );
    } finally {
      await database.close();
    }
  }, 360_000);
});
