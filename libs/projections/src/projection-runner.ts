import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { createReadIndexes, switchToBuild } from './blue-green';
import { claimBuild, markStopped, releaseBuilds, setState, type Build } from './checkpoint-store';
import { PageReader } from './page-reader';
import { prepareBatch, projectBatch, type BatchContext, type PreparedBatch } from './project-batch';
import type { Projection } from './projection';
import { backoffMs, describeError, sleep } from './retry';
import type { RunnerLocks } from './runner-locks';
import { resolveTarget } from './runner-target';
import type { EngineLogger } from './wake-ups';

export interface RunnerContext extends BatchContext {
  locks: RunnerLocks;
  runnerId: string;
  pollIntervalMs: number;
  lockRetryMs: number;
  retry: { initialMs: number; maxMs: number };
  logger: EngineLogger;
  /** A build's checkpoint moved (committed). */
  progress(build: Build): void;
  /** Builds a switch retired: drop them after the grace period. */
  retire(builds: readonly Build[]): void;
}

/** The lock a process holds while it projects a projection (its live build and its next version). */
export const runnerLockKey = (name: string) => `projection:${name}`;

/**
 * Keeps one projection up to date: takes its lock, then reads batches from the checkpoint until
 * caught up and waits for wake-ups (or the poll) for more. When the code's version is newer than
 * the active build's, it builds the new version beside it and switches reads once caught up.
 * Lost connections back off and retry; a poison event stops the projection, once, and it stays
 * stopped (no spinning) until the build changes or the lock is taken again.
 */
export class ProjectionRunner {
  private readonly abort = new AbortController();
  private loop: Promise<void> | undefined;
  private holding = false;
  private woken = false;
  private wake: (() => void) | undefined;
  /** Stopped builds this runner has retried since it took the lock: each gets one retry. */
  private readonly retried = new Set<number>();
  private idleReason: string | undefined;
  /**
   * While it catches up (full batches), the next batch is read and prepared while this one is
   * written, as in a rebuild; once caught up a batch is short and nothing is read ahead.
   */
  private readonly pages: PageReader<PreparedBatch>;

  constructor(
    readonly projection: Projection,
    private readonly ctx: RunnerContext,
  ) {
    this.pages = new PageReader(ctx.store, ctx.batchSize, (events) =>
      prepareBatch(projection, events, ctx.store),
    );
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.abort.abort();
    this.wake?.();
    await this.loop;
  }

  /** New events may be readable. */
  notify(): void {
    this.woken = true;
    this.wake?.();
  }

  private get name(): string {
    return this.projection.name;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.abort.signal.aborted) {
      try {
        if (!(await this.ensureLock())) {
          // Wake-ups are for the holder; whoever waits for the lock only polls for it.
          await sleep(this.ctx.lockRetryMs, this.abort.signal);
          continue;
        }
        const busy = await this.step();
        failures = 0;
        if (busy) {
          // PGlite answers in-process: without a turn of the event loop between batches, a long
          // catch-up could starve timers and requests.
          await yieldToEventLoop();
        } else {
          await this.pause(this.ctx.pollIntervalMs);
        }
      } catch (error) {
        if (this.abort.signal.aborted) break;
        failures++;
        const wait = backoffMs(failures, this.ctx.retry.initialMs, this.ctx.retry.maxMs);
        this.ctx.logger.warn(`${this.name}: ${describeError(error)}; retrying in ${wait} ms`);
        await sleep(wait, this.abort.signal);
      }
    }
    await this.releaseLock();
  }

  private async ensureLock(): Promise<boolean> {
    const key = runnerLockKey(this.name);
    if (this.holding && this.ctx.locks.holds(key)) return true;
    if (this.holding) {
      this.holding = false;
      this.ctx.logger.warn(`${this.name}: lost its lock; it goes to whichever process takes it`);
    }
    if (!(await this.ctx.locks.tryAcquire(key))) return false;
    this.holding = true;
    this.retried.clear();
    this.ctx.logger.log(`${this.name}: projecting in ${this.ctx.runnerId}`);
    return true;
  }

  /** One batch or one state change; true when there may be more to do right away. */
  private async step(): Promise<boolean> {
    this.woken = false;
    const target = await resolveTarget(this.ctx.db, this.projection, this.ctx.logger);
    if (target.kind === 'idle') {
      if (this.idleReason !== target.reason) this.ctx.logger.warn(`${this.name}: ${target.reason}`);
      this.idleReason = target.reason;
      return false;
    }
    this.idleReason = undefined;
    let { build } = target;
    if (build.state === 'stopped-error') return this.retryStopped(build);
    if (build.runner !== this.ctx.runnerId) await claimBuild(this.ctx.db, build, this.ctx.runnerId);
    const { events, prepared } = await this.pages.read(build.checkpoint);
    const outcome = await projectBatch(this.ctx, this.projection, build, events, prepared);
    switch (outcome.kind) {
      case 'moved':
        return true;
      case 'poison': {
        // Stopped by this runner: it is not retried until the lock changes hands.
        this.retried.add(build.build);
        const error = describeError(outcome.error);
        await markStopped(this.ctx.db, build, {
          eventId: outcome.event.id,
          position: outcome.event.position,
          error,
        });
        this.ctx.logger.error(
          `${this.name}: stopped at event ${outcome.event.id} (position ${outcome.event.position}): ${error}`,
        );
        return false;
      }
      case 'advanced':
        build = { ...build, checkpoint: outcome.checkpoint };
        this.ctx.progress(build);
        if (!outcome.caughtUp) return true;
        break;
      case 'idle':
        if (build.state === 'catching-up') await setState(this.ctx.db, build, 'running');
        break;
    }
    return target.switchWhenCaughtUp ? this.switchTo(build) : false;
  }

  private async retryStopped(build: Build): Promise<boolean> {
    if (this.retried.has(build.build)) return false;
    this.retried.add(build.build);
    this.ctx.logger.log(
      `${this.name}: retrying build ${build.build}, stopped by: ${build.lastError}`,
    );
    await setState(this.ctx.db, build, build.active ? 'catching-up' : 'rebuilding');
    return true;
  }

  private async switchTo(build: Build): Promise<boolean> {
    await createReadIndexes(this.ctx.db, this.projection, build.schema);
    const result = await switchToBuild(this.ctx.db, this.name, build.build);
    if (result.kind === 'behind') return false;
    if (result.kind === 'switched') {
      this.ctx.logger.log(
        `${this.name}: reads switched to build ${build.build} (version ${build.version})`,
      );
      this.ctx.progress({ ...build, active: true });
      this.ctx.retire(result.retired);
    }
    return true;
  }

  private async pause(ms: number): Promise<void> {
    if (this.woken || this.abort.signal.aborted) {
      await yieldToEventLoop();
      return;
    }
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private async releaseLock(): Promise<void> {
    if (!this.holding) return;
    this.holding = false;
    await releaseBuilds(this.ctx.db, this.name, this.ctx.runnerId).catch(() => undefined);
    await this.ctx.locks.release(runnerLockKey(this.name)).catch(() => undefined);
  }
}
