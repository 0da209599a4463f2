import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { APP_CONFIG, SQL_DATABASE, type AppConfig, type SqlDatabase } from '@app/platform';
import { readModel } from '@app/projections';
import { AUDIT_LOG, type AuditLogDb } from '../log/log.tables';
import { currentTreeHead } from '../log/proofs';
import { AUDIT_SIGNER } from './audit-signer';
import {
  checkpointOfSize,
  keepCheckpoint,
  latestCheckpoint,
  type StoredCheckpoint,
} from './checkpoint.store';
import type { AuditDb } from './checkpoint.tables';
import { signCheckpoint, verifierKey, type NoteSigner } from './signed-note';

/** Signs and keeps checkpoints of each municipality's tree. */
@Injectable()
export class CheckpointService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
    @Inject(AUDIT_SIGNER) private readonly signer: NoteSigner,
  ) {}

  get db(): Kysely<AuditDb> {
    return this.database.db as unknown as Kysely<AuditDb>;
  }

  /** The log's origin line: the deployment, then the municipality. */
  originOf(tenant: string): string {
    return `${this.config.audit.origin}/${tenant}`;
  }

  publicKey() {
    return {
      algorithm: 'Ed25519',
      keyName: this.signer.name,
      verifierKey: verifierKey(this.signer.name, this.signer.publicKey),
      publicKeyPem: this.signer.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    };
  }

  log(): Promise<Kysely<AuditLogDb>> {
    return readModel<AuditLogDb>(this.database.db, AUDIT_LOG);
  }

  /**
   * Signs the tree as the log has it now, unless the latest checkpoint already covers it (then
   * answers that one): checkpoints of one size are one checkpoint, whoever asks how often.
   */
  async issue(tenant: string): Promise<{ checkpoint: StoredCheckpoint; issued: boolean }> {
    const head = await currentTreeHead(await this.log(), tenant);
    const latest = await latestCheckpoint(this.db, tenant);
    if (latest && latest.treeSize >= head.size) return { checkpoint: latest, issued: false };
    const note = signCheckpoint(
      { origin: this.originOf(tenant), size: head.size, root: head.root },
      this.signer,
    );
    await keepCheckpoint(this.db, { tenant, treeSize: head.size, root: head.root, note });
    const checkpoint = await checkpointOfSize(this.db, tenant, head.size);
    return { checkpoint: checkpoint!, issued: true };
  }

  /**
   * Whether the municipality's log is owed a checkpoint: N events since the latest, or M
   * minutes since it (or since `since`, when there is none yet) with anything new.
   */
  async isDue(tenant: string, now: number, since: number): Promise<boolean> {
    const head = await currentTreeHead(await this.log(), tenant);
    const latest = await latestCheckpoint(this.db, tenant);
    const covered = latest?.treeSize ?? 0;
    if (head.size <= covered && latest) return false;
    const { events, minutes } = this.config.audit.checkpointEvery;
    const last = latest ? Date.parse(latest.issuedAt) : since;
    return head.size - covered >= events || now - last >= minutes * 60_000;
  }

  /** Every municipality that has a tree. */
  async tenants(): Promise<string[]> {
    const rows = await (await this.log()).selectFrom('audit_trees').select('tenant').execute();
    return rows.map((row) => row.tenant);
  }
}
