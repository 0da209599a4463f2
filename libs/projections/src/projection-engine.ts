import * as os from 'node:os';
import type { EventStore } from '@app/event-store';
import type { SqlDatabase } from '@app/platform';
import { dropBuilds, sweepRetired } from './blue-green';
import { BuildStatistics } from './build-statistics';
import type { Build } from './checkpoint-store';
import type { Projection } from './projection';
import { ProjectionRunner, type RunnerContext } from './projection-runner';
import { describeError, isTransientError } from './retry';
import { createRunnerLocks, type RunnerLocks } from './runner-locks';
import { WakeUps, silentLogger, type EngineLogger } from './wake-ups';

export interface ProjectionEngineOptions {
  /** Events read and applied per transaction. */
  batchSize?: number;
  /** How long a caught-up runner waits for a wake-up before it looks anyway. */
  pollIntervalMs?: number;
  /** How often a runner without its lock tries to take it (takeover after a crash). */
  lockRetryMs?: number;
  lockHeartbeatMs?: number;
  retryInitialMs?: number;
  retryMaxMs?: number;
  /** How long a retired build's schema stays, for reads that looked it up before the switch. */
  dropGraceMs?: number;
  /** Shown in status as the process projecting a build. */
  runnerId?: string;
  logger?: EngineLogger;
}

export const DEFAULT_ENGINE_OPTIONS = {
  batchSize: 1000,
  pollIntervalMs: 1000,
  lockRetryMs: 2000,
  lockHeartbeatMs: 2000,
  retryInitialMs: 250,
  retryMaxMs: 30_000,
  dropGraceMs: 2000,
} as const;

export const defaultRunnerId = () => `${os.hostname()}:${process.pid}`;

export type ProgressListener = (build: Build) => void;

/**
 * Runs a list of projections in this process: one runner each, one wake-up subscription for all.
 * Several engines (processes) may run the same list against one database; each projection is
 * projected by whichever holds its lock.
 */
export class ProjectionEngine {
  readonly runnerId: string;
  private readonly runners: ProjectionRunner[];
  private readonly wakeUps: WakeUps;
  private readonly locks: RunnerLocks;
  private readonly listeners = new Set<ProgressListener>();
  private readonly pending = new Set<Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly logger: EngineLogger;
  private readonly dropGraceMs: number;
  private state: 'new' | 'started' | 'stopped' = 'new';

  constructor(
    private readonly deps: {
      database: SqlDatabase;
      store: EventStore;
      projections: readonly Projection[];
    },
    options: ProjectionEngineOptions = {},
  ) {
    const settings = { ...DEFAULT_ENGINE_OPTIONS, ...options };
    this.runnerId = options.runnerId ?? defaultRunnerId();
    this.logger = options.logger ?? silentLogger;
    this.dropGraceMs = settings.dropGraceMs;
    this.locks = createRunnerLocks(deps.database, settings.lockHeartbeatMs);
    const retry = { initialMs: settings.retryInitialMs, maxMs: settings.retryMaxMs };
    this.wakeUps = new WakeUps(deps.store, this.logger, retry);
    const context: RunnerContext = {
      db: deps.database.db,
      store: deps.store,
      batchSize: settings.batchSize,
      isTransient: (error) => this.isTransient(error),
      statistics: new BuildStatistics(),
      locks: this.locks,
      runnerId: this.runnerId,
      pollIntervalMs: settings.pollIntervalMs,
      lockRetryMs: settings.lockRetryMs,
      retry,
      logger: this.logger,
      progress: (build) => this.listeners.forEach((listener) => listener(build)),
      retire: (builds) => this.retireLater(builds),
    };
    this.runners = deps.projections.map((projection) => new ProjectionRunner(projection, context));
    for (const runner of this.runners) this.wakeUps.on(() => runner.notify());
  }

  /** Whether this engine runs the projection (it may still be waiting for the lock). */
  runs(name: string): boolean {
    return (
      this.state === 'started' && this.runners.some((runner) => runner.projection.name === name)
    );
  }

  /** Called after every committed batch and every switch of this engine's runners. */
  onProgress(listener: ProgressListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (this.state !== 'new') return;
    this.state = 'started';
    this.track(
      sweepRetired(this.deps.database.db, this.dropGraceMs).then(
        (dropped) =>
          dropped.length > 0 &&
          this.logger.log(`dropped retired read models: ${dropped.join(', ')}`),
        (error: unknown) =>
          this.logger.warn(`could not sweep retired read models: ${describeError(error)}`),
      ),
    );
    this.wakeUps.start();
    for (const runner of this.runners) runner.start();
  }

  /** Finishes the batches under way, releases the locks; the database stays open (it is the caller's). */
  async stop(): Promise<void> {
    if (this.state === 'stopped') return;
    this.state = 'stopped';
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
    await this.wakeUps.stop();
    await Promise.all(this.runners.map((runner) => runner.stop()));
    await Promise.all(this.pending);
    await this.locks.close();
  }

  private async isTransient(error: unknown): Promise<boolean> {
    if (isTransientError(error)) return true;
    // An error of no known kind while the database is down is the outage, not the event.
    return this.deps.database.ping().then(
      () => false,
      () => true,
    );
  }

  private retireLater(builds: readonly Build[]): void {
    if (builds.length === 0) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.track(
        dropBuilds(this.deps.database.db, builds).then(
          () => this.logger.log(`dropped ${builds.map((build) => build.schema).join(', ')}`),
          (error: unknown) =>
            this.logger.warn(`could not drop retired builds: ${describeError(error)}`),
        ),
      );
    }, this.dropGraceMs);
    this.timers.add(timer);
  }

  private track(work: Promise<unknown>): void {
    const done = work.then(() => undefined);
    this.pending.add(done);
    void done.finally(() => this.pending.delete(done));
  }
}
