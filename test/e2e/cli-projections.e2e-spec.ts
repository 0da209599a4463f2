import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { PostgresEventStore } from '@app/event-store';
import { migrateToLatest, openDatabase, type DatabaseConfig } from '@app/platform';
import { appendMany } from '../projections/sample-events';
import { runSource } from '../support/run-source';
import { createScratchDatabase, dropScratchDatabase, postgresUrl } from '../support/test-databases';

const CLI = 'test/projections/sample-cli.ts';
// Each run starts a process (seconds); the commands' work (rebuild, status) is engine-agnostic and
// is tested on both engines in-process (test/projections), so the cli runs on PGlite, and on
// PostgreSQL only when asked to (CLI_TESTS_ON_POSTGRES=1).
const engines: Array<'pglite' | 'postgres'> =
  postgresUrl && process.env.CLI_TESTS_ON_POSTGRES ? ['pglite', 'postgres'] : ['pglite'];

for (const engine of engines) {
  describe(`cli projections on ${engine}`, () => {
    let dataDir: string;
    let database: DatabaseConfig;
    let env: Record<string, string>;

    beforeAll(async () => {
      dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-cli-projections-'));
      const url = engine === 'postgres' ? await createScratchDatabase(postgresUrl!) : undefined;
      database = url
        ? { kind: 'postgres', url }
        : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') };
      env = { DATA_DIR: dataDir, ...(url ? { DATABASE_URL: url } : {}) };
      // PGlite's directory is one process's at a time: seed, then close before the cli opens it.
      const open = await openDatabase(database);
      await migrateToLatest(open.db);
      const store = new PostgresEventStore(open);
      for (const stream of ['group-1', 'group-2', 'group-3']) await appendMany(store, stream, 4);
      await store.close();
      await open.close();
    });
    afterAll(async () => {
      if (database.kind === 'postgres') await dropScratchDatabase(postgresUrl!, database.url);
      await fs.rm(dataDir, { recursive: true, force: true });
    });

    const cli = (...args: string[]) => runSource(CLI, ['projections', ...args], env);

    it('rebuilds into a new build and switches to it, shows status, and refuses an unknown name', () => {
      const first = cli('rebuild', 'sample-counts', '--batch-size', '5');
      expect(first.stderr).toBe('');
      expect(first.stdout).toMatch(
        /Switched sample-counts to build 1 \(version 1, schema proj_sample_counts_v1_1\) at position \d+ after 12 events/,
      );

      const second = cli('rebuild', 'sample-counts');
      expect(second.stdout).toMatch(
        /Switched sample-counts to build 2 .* after 12 events; dropped proj_sample_counts_v1_1/,
      );

      const after = cli('status', '--json');
      const status = JSON.parse(after.stdout);
      expect(status.projections).toEqual([
        expect.objectContaining({
          name: 'sample-counts',
          build: 2,
          active: true,
          // Built by the cli, and no process projects it now.
          state: 'stopped',
          runner: null,
          checkpoint: status.head,
          lag: 0,
        }),
        // Never built: no process ran it, and only sample-counts was rebuilt.
        expect.objectContaining({ name: 'sample-tally', build: null, checkpoint: 0n.toString() }),
      ]);

      const unknown = cli('rebuild', 'sample-counts', 'nothing');
      expect(unknown.status).toBe(1);
      expect(unknown.stderr).toContain(
        'No projection is named nothing; known: sample-counts, sample-tally',
      );
      expect(cli('rebuild').stderr).toContain('Name the projections to rebuild, or give --all');
      expect(cli('rebuild', 'sample-counts', '--all').status).toBe(1);
    }, 120_000);

    it('rebuilds every projection at once with --all', () => {
      const all = cli('rebuild', '--all', '--batch-size', '5');
      expect(all.stderr).toBe('');
      expect(all.stdout).toMatch(/Switched sample-counts to build \d+ .* after 12 events/);
      expect(all.stdout).toMatch(/Switched sample-tally to build 1 .* after 12 events/);
      const status = JSON.parse(cli('status', '--json').stdout);
      for (const projection of status.projections) {
        expect(projection).toMatchObject({ active: true, checkpoint: status.head, lag: 0 });
      }
    }, 120_000);
  });
}
