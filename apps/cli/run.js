// @ts-check
/**
 * `npm run cli`: runs the built cli, building it first only when a source changed since the last
 * build (a stat of each file under apps/ and libs/, some tens of milliseconds), so that a command
 * such as `token` answers in about a second instead of waiting for a full build every time.
 * Plain JavaScript: it must run before anything is built. `--build-only` builds if needed and
 * stops there.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const outDir = path.join(root, 'dist/apps/cli');
const main = path.join(outDir, 'apps/cli/src/main.js');
/** The time the last successful build started: anything changed after it is built next time. */
const stamp = path.join(outDir, '.built-from');
const inputs = ['apps', 'libs', 'tsconfig.json', 'nest-cli.json'];

/** The newest change under a path: files' and directories' (a deleted file changes its directory). */
function newestChange(file) {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return /\.(spec|e2e-spec)\.ts$/.test(file) ? 0 : stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(file))
    newest = Math.max(newest, newestChange(path.join(file, entry)));
  return newest;
}

function builtFrom() {
  try {
    return fs.existsSync(main) ? Number(fs.readFileSync(stamp, 'utf8')) : 0;
  } catch {
    return 0;
  }
}

const sourcesChanged = Math.max(...inputs.map((input) => newestChange(path.join(root, input))));
if (sourcesChanged >= builtFrom()) {
  const started = Date.now();
  process.stderr.write('Building the cli (sources changed since its last build)…\n');
  // Its output goes to stderr: stdout is the command's answer (`TOKEN=$(npm run -s cli -- token …)`).
  const build = spawnSync(path.join(root, 'node_modules/.bin/nest'), ['build', 'cli'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  fs.writeFileSync(stamp, String(started));
}

// `npm run build` brings the cli up to date this way too, and leaves it built for the next run.
if (process.argv[2] !== '--build-only') require(main);
