import { execFile, execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../support/run-source';
import { startTestApp, type TestApp } from '../../support/test-app';

const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name);

// The program is kept as text (not .ts) so that the repository's type check, which has no
// generated client, leaves it alone; here it is checked against the one generated just now.
const PROGRAM = path.join(__dirname, 'client', 'dashboard.ts.txt');

const COMPILER_OPTIONS = [
  '--noEmit',
  '--strict',
  '--target',
  'ES2022',
  '--module',
  'commonjs',
  '--lib',
  'ES2022,DOM',
  '--types',
  'node',
  '--typeRoots',
  path.join(repoRoot, 'node_modules', '@types'),
  '--skipLibCheck',
];

/** tsc on one file of the client directory: its diagnostics, empty when it type-checks. */
function typeCheck(dir: string, file: string): string {
  const result = spawnSync(bin('tsc'), [...COMPILER_OPTIONS, path.join(dir, file)], {
    encoding: 'utf8',
  });
  return result.status === 0 ? '' : `${result.stdout}${result.stderr}`;
}

describe('a TypeScript client generated from the OpenAPI document', () => {
  let api: TestApp;
  let url: string;
  let dir: string;
  beforeAll(async () => {
    api = await startTestApp();
    await api.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-client-'));
    const document = await (await fetch(`${url}/api/docs-json`)).text();
    await fs.writeFile(path.join(dir, 'openapi.json'), document);
    execFileSync(bin('openapi-typescript'), ['openapi.json', '-o', 'api.d.ts'], {
      cwd: dir,
      stdio: 'pipe',
    });
    await fs.copyFile(PROGRAM, path.join(dir, 'dashboard.ts'));
  }, 120_000);
  afterAll(async () => {
    await api.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('type-checks a program that uses it', () => {
    expect(typeCheck(dir, 'dashboard.ts')).toBe('');
  }, 120_000);

  it('refuses a program that reads a field no answer has', async () => {
    const program = await fs.readFile(path.join(dir, 'dashboard.ts'), 'utf8');
    await fs.writeFile(
      path.join(dir, 'wrong.ts'),
      program.replace('organisation.name.toUpperCase()', 'organisation.title.toUpperCase()'),
    );
    expect(typeCheck(dir, 'wrong.ts')).toMatch(/Property 'title' does not exist/);
  }, 120_000);

  it('runs against the server and gets what the types promised', async () => {
    // Asynchronously: the server answers from this very process.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['-r', '@swc-node/register', path.join(dir, 'dashboard.ts'), url],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(JSON.parse(stdout)).toEqual({
      revision: 0,
      name: 'ARBETSMARKNADSFÖRVALTNINGEN',
      shortName: 'AMF',
      status: 'active',
      asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      groups: [],
      next: null,
      problem: 'ORGANISATION.NOT_FOUND',
      registered: {
        type: 'OrganisationRegistered',
        kind: 'organisation',
        href: true,
        role: expect.any(String),
      },
    });
  }, 120_000);
});
