import { spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot, spawnSource, watchOutput } from '../support/run-source';
import { expectedStatuses, scriptOf, shellBlocks } from './readme-blocks';

/** A port nobody listens on now, for a server whose URL the README's blocks name. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Runs the README as a new user would: every shell block, top to bottom, in one shell, against
 * a fresh server on the embedded database (the blocks' localhost:3000 pointed at its port).
 * Every answer is 2xx, except where the README marks the status a command is meant to fail with.
 */
describe('the README', () => {
  const blocks = shellBlocks(path.join(repoRoot, 'README.md'));
  let dataDir: string;
  let server: ChildProcess | undefined;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-readme-'));
  });
  afterAll(async () => {
    server?.kill('SIGKILL');
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('says why each block it does not run is left out', () => {
    const skipped = blocks.filter((block) => block.skip);
    expect(skipped.length).toBeLessThan(blocks.length / 2);
    for (const block of skipped) expect(block.skip).toMatch(/\w{3,}/);
  });

  it('runs every shell block top to bottom on a fresh server, each failure the one it marks', async () => {
    const port = await freePort();
    server = spawnSource('apps/api/src/main.ts', {
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    });
    server.stderr?.resume();
    await watchOutput(server).waitFor(/AUTH_MODE=dev/);
    for (let ready = false; !ready;) {
      ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
        (response) => response.ok,
        () => false,
      );
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 200));
    }

    // In a scratch directory (minutes.html and the like land there, not in the repository);
    // npm runs in the repository, as the reader's would, with the server's DATA_DIR.
    const script = path.join(dataDir, 'readme.sh');
    await fs.writeFile(script, scriptOf(blocks, port));
    const run = spawnSync('bash', [script], {
      cwd: dataDir,
      env: { ...process.env, DATA_DIR: dataDir, REPO: repoRoot },
      encoding: 'utf8',
      timeout: 600_000,
    });
    const { expected, commandOf } = expectedStatuses(blocks);
    const answers = [...run.stderr.matchAll(/^@@ (\d+) (\d{3})$/gm)].map(([, line, status]) => ({
      line: commandOf(Number(line)),
      status: Number(status),
    }));
    const said = run.stderr.split('\n').filter((line) => !line.startsWith('@@ '));
    expect({ exit: run.status, said: run.status === 0 ? [] : said.slice(-20) }).toEqual({
      exit: 0,
      said: [],
    });

    const failures = answers.filter(({ line, status }) => status >= 400 || expected.has(line));
    expect(failures).toEqual(
      [...expected].map(([line, status]) => ({ line, status })).sort((a, b) => a.line - b.line),
    );
    expect(answers.length).toBeGreaterThan(40);
  }, 900_000);
});
