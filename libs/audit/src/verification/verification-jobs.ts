import { randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { sql } from 'kysely';
import { DomainError } from '@app/kernel';
import { RAW_EVENT_STORE, type EventStore } from '@app/event-store';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { CheckpointService } from '../checkpoints/checkpoint.service';
import { allCheckpoints } from '../checkpoints/checkpoint.store';
import { parseVerifierKey } from '../checkpoints/signed-note';
import { consistencyProof, currentTreeHead } from '../log/proofs';
import type { LogReport } from './log-report';
import { verifyLog } from './verify-log';

export type VerificationState = 'running' | 'passed' | 'failed' | 'error' | 'interrupted';

export interface VerificationProgress {
  eventsRead: number;
  eventsExpected: number | null;
}

/** The report of a finished verification, or the error that stopped (or interrupted) it. */
export type VerificationResult = LogReport | { error: string };

/** A verification as it is read: what the API answers. */
export interface VerificationView {
  id: string;
  state: VerificationState;
  requestedBy: string;
  startedAt: string;
  finishedAt: string | null;
  progress: VerificationProgress | null;
  result: VerificationResult | null;
}

class Interrupted extends Error {}

/** How often a running job says it is alive, and how long a silence means its process died. */
export const HEARTBEAT_MS = 10_000;
export const STALE_AFTER_MS = 6 * HEARTBEAT_MS;

/**
 * `cli verify` as a background job, for auditors without a shell: the same check, its progress
 * (events read of the log's events) and its report kept in audit_verifications. A job runs in
 * the process that started it; one still running when that process stops is left interrupted,
 * and one whose process died (no heartbeat for STALE_AFTER_MS, by the database's clock) is
 * marked interrupted when it is read and when any process starts.
 */
@Injectable()
export class VerificationJobs implements BeforeApplicationShutdown, OnApplicationBootstrap {
  private readonly logger = new Logger('Verifications');
  private readonly running = new Set<Promise<void>>();
  private stopping = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(RAW_EVENT_STORE) private readonly store: EventStore,
    private readonly checkpoints: CheckpointService,
  ) {}

  async start(tenant: string, requestedBy: string, kept?: string) {
    const id = randomUUID();
    await this.checkpoints.db
      .insertInto('audit_verifications')
      .values({
        id,
        tenant,
        requested_by: requestedBy,
        state: 'running',
        progress: JSON.stringify({ eventsRead: 0, eventsExpected: null }),
        result: null,
        kept_checkpoint: kept ?? null,
      })
      .execute();
    const job = this.run(id, tenant, kept)
      .catch((error: unknown) =>
        this.logger.error(`verification ${id}: ${(error as Error).message}`),
      )
      .finally(() => this.running.delete(job));
    this.running.add(job);
    return this.find(tenant, id);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.markStale();
  }

  /** Running jobs nobody has heard from in STALE_AFTER_MS: their process is gone. */
  async markStale(tenant?: string): Promise<void> {
    let update = this.checkpoints.db
      .updateTable('audit_verifications')
      .set({
        state: 'interrupted',
        finished_at: sql<string>`now()`,
        result: JSON.stringify({
          error: 'The process running this verification stopped; start another.',
        }),
      })
      .where('state', '=', 'running')
      .where('heartbeat_at', '<', sql<Date>`now() - ${`${STALE_AFTER_MS} milliseconds`}::interval`);
    if (tenant !== undefined) update = update.where('tenant', '=', tenant);
    await update.execute();
  }

  async find(tenant: string, id: string): Promise<VerificationView> {
    await this.markStale(tenant);
    const row = await this.checkpoints.db
      .selectFrom('audit_verifications')
      .selectAll()
      .where('tenant', '=', tenant)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) {
      throw new DomainError('AUDIT.VERIFICATION_NOT_FOUND', `No verification ${id}`, 'not-found', {
        id,
      });
    }
    return {
      id: row.id,
      state: row.state as VerificationState,
      requestedBy: row.requested_by,
      startedAt: new Date(row.started_at).toISOString(),
      finishedAt: row.finished_at === null ? null : new Date(row.finished_at).toISOString(),
      // jsonb as `run` writes it (below, typed so).
      progress: row.progress as VerificationProgress | null,
      result: row.result as VerificationResult | null,
    };
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.running);
  }

  private async run(id: string, tenant: string, kept?: string): Promise<void> {
    const update = (values: {
      state?: VerificationState;
      progress?: VerificationProgress;
      result?: VerificationResult;
    }) =>
      this.checkpoints.db
        .updateTable('audit_verifications')
        .set({
          ...(values.state && { state: values.state }),
          ...(values.progress !== undefined && { progress: JSON.stringify(values.progress) }),
          ...(values.result !== undefined && { result: JSON.stringify(values.result) }),
          ...(values.state &&
            values.state !== 'running' && { finished_at: new Date().toISOString() }),
          heartbeat_at: sql<Date>`now()`,
        })
        .where('id', '=', id)
        .execute();
    // Progress beats too, but a long read between two pages must not look like a dead process.
    const beat = setInterval(() => {
      update({}).catch((error: unknown) =>
        this.logger.warn(`verification ${id}: no heartbeat (${(error as Error).message})`),
      );
    }, HEARTBEAT_MS);
    beat.unref();
    try {
      const log = await this.checkpoints.log();
      const expected = (await currentTreeHead(log, tenant)).size;
      const report = await verifyLog({
        store: this.store,
        checkpoints: await allCheckpoints(this.checkpoints.db, tenant),
        key: parseVerifierKey(this.checkpoints.publicKey().verifierKey),
        origin: this.config.audit.origin,
        kept,
        tenant,
        tree: {
          head: (t) => currentTreeHead(log, t),
          consistencyProof: (t, first, second) => consistencyProof(log, t, first, second),
        },
        onProgress: async (eventsRead) => {
          if (this.stopping) throw new Interrupted();
          await update({ progress: { eventsRead, eventsExpected: expected } });
        },
      });
      await update({ state: report.ok ? 'passed' : 'failed', result: report });
    } catch (error) {
      if (error instanceof Interrupted) await update({ state: 'interrupted' });
      else await update({ state: 'error', result: { error: (error as Error).message } });
    } finally {
      clearInterval(beat);
    }
  }
}
