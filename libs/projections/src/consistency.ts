import type { Kysely } from 'kysely';
import type { Position } from '@app/event-store';
import type { Database } from '@app/platform';
import { activeCheckpoints } from './checkpoint-store';

export interface ConsistencyResult {
  reached: boolean;
  /** The projections still behind `position` when the wait ended, with their checkpoints. */
  behind: { name: string; checkpoint: Position | null }[];
}

export interface ConsistencyWait {
  db: Kysely<Database>;
  names: readonly string[];
  position: Position;
  timeoutMs: number;
  /** Resolves when a local runner committed something worth looking again for; absent: poll only. */
  progress?: (signal: AbortSignal) => Promise<void>;
  /** How often to look at the registry when nothing local says so (another process projects). */
  pollMs: number;
}

/**
 * Waits until every named projection's active build has a checkpoint at or past `position`, or
 * the timeout passes. Looks at the registry table, so it works whichever process projects.
 */
export async function waitForPosition(wait: ConsistencyWait): Promise<ConsistencyResult> {
  const deadline = Date.now() + wait.timeoutMs;
  for (;;) {
    // Listen before looking, so progress committed in between is not missed.
    const abort = new AbortController();
    const woken = wait.progress?.(abort.signal);
    try {
      const checkpoints = await activeCheckpoints(wait.db, wait.names);
      const behind = wait.names
        .filter((name) => (checkpoints.get(name) ?? -1n) < wait.position)
        .map((name) => ({ name, checkpoint: checkpoints.get(name) ?? null }));
      const remaining = deadline - Date.now();
      if (behind.length === 0 || remaining <= 0) return { reached: behind.length === 0, behind };
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(remaining, wait.pollMs));
        void woken?.then(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    } finally {
      abort.abort();
    }
  }
}
