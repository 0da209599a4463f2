import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { runSource, spawnSource, watchOutput } from '../support/run-source';

const API = 'apps/api/src/main.ts';

describe('start-up and shutdown of the API process', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-start-'));
  });
  afterEach(() => fs.rm(dataDir, { recursive: true, force: true }));

  it('stops on a bad DATABASE_URL with a message that names it', () => {
    const result = runSource(API, [], { DATABASE_URL: 'nonsense', DATA_DIR: dataDir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
    expect(result.stdout).toBe('');
  });

  it('stops on an unreachable PostgreSQL instead of serving', () => {
    const result = runSource(API, [], {
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/ECONNREFUSED/);
  });

  it('starts on the embedded default, says where it listens, on what and in which auth mode, and exits cleanly on SIGTERM', async () => {
    const child = spawnSource(API, { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const output = watchOutput(child);
    try {
      await output.waitFor(/AUTH_MODE=dev/);
      const summary = await output.waitFor(/Samverkan API on/);
      expect(JSON.parse(summary).msg).toMatch(
        new RegExp(
          `^Samverkan API on http://127\\.0\\.0\\.1:\\d+/api/v1 — database: embedded PGlite at ${dataDir}/pglite; ` +
            `auth: dev \\(tokens from \`npm run cli -- token\`, signed with the key under ${dataDir}/keys\\)$`,
        ),
      );
      // The routes are at debug: the default level does not list them.
      expect(output.output).not.toMatch(/Mapped \{/);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output.output).toMatch(/SIGTERM received: draining and closing/);
      await expect(fs.stat(path.join(dataDir, 'pglite'))).resolves.toBeDefined();
    } finally {
      child.kill('SIGKILL');
    }
  });
});
