import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * PGlite is PostgreSQL in one process: two processes that open one data directory each write
 * their own copy, and one of them silently loses. So the directory is taken with a lock file
 * beside it (`pglite.lock`), made with O_EXCL; it names the process that holds it, and a server
 * adds where it listens, so that a second process can say whom to stop — or talk to it instead.
 */
export interface LockHolder {
  pid: number;
  hostname: string;
  /** What the process runs, e.g. `dist/apps/api/apps/api/src/main.js` or `apps/cli/src/main.ts demo`. */
  command: string;
  since: string;
  /** Set by a server once it listens. */
  server?: { url: string; auth: 'dev' | 'oidc' };
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly lockFile: string,
    readonly holder: LockHolder,
  ) {
    const who = holder.server
      ? `the server listening on ${holder.server.url} (pid ${holder.pid}, started ${holder.since})`
      : `process ${holder.pid} (${holder.command}, started ${holder.since})`;
    super(
      `The embedded database ${dataDir} is in use by ${who}.\n` +
        'PGlite is one process at a time; a second one would lose what it writes. Either:\n' +
        `  - stop that process (Ctrl-C where it runs, or kill ${holder.pid}) and run this again;\n` +
        (holder.server
          ? `  - or ask the server: e.g. curl ${holder.server.url}/api/v1/projections (\`cli demo\` writes through it by itself);\n`
          : '') +
        '  - or use another DATA_DIR, or run everything on PostgreSQL (DATABASE_URL).\n' +
        `If no such process runs (pid ${holder.pid} on ${holder.hostname}), remove ${lockFile}.`,
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly file: string;
  /** Adds what a server says about itself (its URL) to the lock, for other processes to read. */
  describe(server: NonNullable<LockHolder['server']>): void;
  release(): void;
}

export function lockFileOf(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

/**
 * Takes the data directory for this process, or throws DataDirLockedError naming the process
 * that has it. A lock left by a process that is gone (crashed, killed) is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = lockFileOf(dataDir);
  const mine: LockHolder = {
    pid: process.pid,
    hostname: os.hostname(),
    command: process.argv
      .slice(1)
      .map((arg, index) => (index === 0 ? path.relative(process.cwd(), arg) || arg : arg))
      .join(' '),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(mine), { flag: 'wx', mode: 0o644 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holder && isAlive(holder)) throw new DataDirLockedError(dataDir, file, holder);
    if (attempt > 3) throw new Error(`Could not take ${file}: others keep taking it over`);
    takeOverStale(file, holder);
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
  // A process that exits without closing (process.exit after an error) leaves no lock behind.
  process.on('exit', release);
  return {
    file,
    describe(server) {
      // Written aside and renamed: a reader never sees half a file.
      const next = `${file}.${randomUUID()}`;
      fs.writeFileSync(next, JSON.stringify({ ...mine, server }), { mode: 0o644 });
      fs.renameSync(next, file);
    },
    release,
  };
}

/** Who holds the data directory now: null if nobody, or a process that is gone. */
export function liveLockHolder(dataDir: string): LockHolder | null {
  const holder = readHolder(lockFileOf(dataDir));
  return holder && isAlive(holder) ? holder : null;
}

/** A check before a long start-up: throws DataDirLockedError if a live process holds the directory. */
export function assertDataDirFree(dataDir: string): void {
  const holder = liveLockHolder(dataDir);
  if (holder) throw new DataDirLockedError(dataDir, lockFileOf(dataDir), holder);
}

function readHolder(file: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    // Gone, or half-written by a process that died between open and write: nobody holds it.
    return null;
  }
}

function isAlive(holder: LockHolder): boolean {
  // Another machine's process (a shared volume) cannot be asked: assume it runs.
  if (holder.hostname !== os.hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Moves a dead holder's lock aside. If what was moved is not the file read (another process
 * took the lock over meanwhile), it goes back where it was, and the next attempt sees that owner.
 */
function takeOverStale(file: string, stale: LockHolder | null): void {
  const aside = `${file}.stale-${randomUUID()}`;
  try {
    fs.renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readHolder(aside);
  if (moved && stale && (moved.pid !== stale.pid || moved.since !== stale.since)) {
    try {
      fs.linkSync(aside, file);
    } catch {
      // Someone else has the lock by now; theirs stands.
    }
  }
  fs.rmSync(aside, { force: true });
}
