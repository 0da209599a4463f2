import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataDirLockedError, liveLockHolder, lockDataDir, lockFileOf } from './data-dir-lock';

describe('the lock on an embedded data directory', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'samverkan-lock-')), 'pglite');
  });
  afterEach(() => fs.rmSync(path.dirname(dataDir), { recursive: true, force: true }));

  it('is held by one owner at a time, names it to the next, and is free again once released', () => {
    const lock = lockDataDir(dataDir);
    expect(liveLockHolder(dataDir)).toMatchObject({ pid: process.pid, hostname: os.hostname() });

    let refused: unknown;
    try {
      lockDataDir(dataDir);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect((refused as Error).message).toContain(`in use by process ${process.pid}`);
    expect((refused as Error).message).toContain(`kill ${process.pid}`);

    lock.release();
    expect(fs.existsSync(lockFileOf(dataDir))).toBe(false);
    expect(liveLockHolder(dataDir)).toBeNull();
    lockDataDir(dataDir).release();
  });

  it('tells the next owner where the server that holds it listens', () => {
    const lock = lockDataDir(dataDir);
    lock.describe({ url: 'http://127.0.0.1:3000', auth: 'dev' });
    expect(liveLockHolder(dataDir)?.server).toEqual({ url: 'http://127.0.0.1:3000', auth: 'dev' });
    expect(() => lockDataDir(dataDir)).toThrow(
      /the server listening on http:\/\/127\.0\.0\.1:3000/,
    );
    lock.release();
  });

  it('takes over a lock left by a process that is gone', () => {
    // A process that has exited: its pid names nobody now.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    const pid = Number(gone.stdout);
    fs.writeFileSync(
      lockFileOf(dataDir),
      JSON.stringify({ pid, hostname: os.hostname(), command: 'crashed', since: '2026-01-01' }),
    );
    expect(liveLockHolder(dataDir)).toBeNull();

    const lock = lockDataDir(dataDir);
    expect(liveLockHolder(dataDir)?.pid).toBe(process.pid);
    lock.release();
  });
});
