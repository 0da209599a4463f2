import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { listBuilds } from '@app/projections';
import { openDatabase } from '@app/platform';
import { READ_MODELS } from '../../apps/read-models';
import { spawnSource, watchOutput } from '../support/run-source';

describe('the worker process', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-worker-'));
  });
  afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

  it('runs the apps’ projections even with PROJECTIONS=off, and exits 0 on SIGTERM after releasing them', async () => {
    const child = spawnSource('apps/worker/src/main.ts', {
      DATA_DIR: dataDir,
      PROJECTIONS: 'off',
      LOG_LEVEL: 'info',
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const output = watchOutput(child);
    try {
      await output.waitFor(/worker running/);
      for (const projection of READ_MODELS)
        await output.waitFor(new RegExp(`${projection.name}: projecting in`));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
    expect(output.output).toMatch(/SIGTERM received/);

    // Stopped cleanly: every build it created is there, each naming it as the last process that
    // projected it (status shows it as lastSeen, not as projecting now: its lock died with it).
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    try {
      const builds = await listBuilds(database.db);
      expect(builds.map((build) => build.name).sort()).toEqual(
        READ_MODELS.map((projection) => projection.name).sort(),
      );
      expect(builds.map((build) => build.runner?.split(':').at(-1))).toEqual(
        builds.map(() => String(child.pid)),
      );
    } finally {
      await database.close();
    }
  }, 120_000);
});
