import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../..');

/**
 * Runs one of the apps from source in a child process, as the built one runs after `nest build`.
 * The timeout only ends a process that hangs: on a busy machine a long command (the demo's some
 * 150 requests) needs more than the default.
 */
export function runSource(
  entry: string,
  args: string[],
  env: Record<string, string>,
  timeout = 60_000,
) {
  return spawnSync(process.execPath, ['-r', '@swc-node/register', entry, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout,
  });
}

export function spawnSource(entry: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['-r', '@swc-node/register', entry], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Collects a child's stdout, so a test can wait for a line however the chunks fall. */
export function watchOutput(child: ChildProcess) {
  let output = '';
  const waiters = new Set<() => void>();
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    waiters.forEach((check) => check());
  });
  return {
    get output() {
      return output;
    },
    /** Resolves with the first line that matches, or rejects when the process exits first. */
    waitFor(pattern: RegExp): Promise<string> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const line = output.split('\n').find((candidate) => pattern.test(candidate));
          if (line === undefined) return;
          waiters.delete(check);
          resolve(line);
        };
        waiters.add(check);
        check();
        child.once('exit', (code) => reject(new Error(`exited with ${code} before ${pattern}`)));
      });
    },
  };
}
