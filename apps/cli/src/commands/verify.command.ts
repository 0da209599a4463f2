import * as fs from 'node:fs/promises';
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import {
  AUDIT_LOG,
  allCheckpoints,
  consistencyProof,
  currentTreeHead,
  describeBreak,
  loadVerifierKey,
  verifyLog,
  type AuditDb,
  type AuditLogDb,
  type TreeReadModel,
} from '@app/audit';
import { createEventStore } from '@app/event-store';
import { loadConfig, openDatabase, type Database } from '@app/platform';
import { activeSchemaOf } from '@app/projections';

/** Exit code when the log does not verify: distinct from 1 (the command itself failed). */
export const BROKEN_CHAIN_EXIT_CODE = 3;

interface VerifyOptions {
  tenant?: string;
  json?: boolean;
  checkpoint?: string;
  publicKey?: string;
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description(
      "recompute every stream's hash chain and every municipality's Merkle tree, and check the " +
        'tree against every signed checkpoint (and the one you kept, with --checkpoint)',
    )
    .option('--tenant <code>', 'only this municipality (SCB code)')
    .option('--checkpoint <file>', 'a signed checkpoint you kept: the log must still hold it')
    .option('--public-key <file>', 'the verifier key you kept (default: the configured key)')
    .option('--json', 'print the report as JSON')
    .action(async (options: VerifyOptions) => {
      const config = loadConfig();
      const key = await loadVerifierKey(config.audit, options.publicKey);
      const kept =
        options.checkpoint === undefined
          ? undefined
          : await fs.readFile(options.checkpoint, 'utf8');
      const database = await openDatabase(config.database);
      // No upcasters: the chain covers events as they were stored.
      const store = createEventStore(config.eventStore, database);
      try {
        const report = await verifyLog({
          store,
          checkpoints: await allCheckpoints(
            database.db as unknown as Kysely<AuditDb>,
            options.tenant,
          ),
          key,
          origin: config.audit.origin,
          kept,
          tenant: options.tenant,
          tree: await treeReadModel(database.db),
        });
        if (options.json) console.log(JSON.stringify(report));
        else printReport(report);
        if (!report.ok) process.exitCode = BROKEN_CHAIN_EXIT_CODE;
      } finally {
        await store.close();
        await database.close();
      }
    });
}

/** The tree's read model, when the projection has built one. */
async function treeReadModel(db: Kysely<Database>): Promise<TreeReadModel | undefined> {
  const schema = await activeSchemaOf(db, AUDIT_LOG);
  if (schema === undefined) return undefined;
  const log = (db as unknown as Kysely<AuditLogDb>).withSchema(schema);
  return {
    head: (tenant) => currentTreeHead(log, tenant),
    consistencyProof: (tenant, first, second) => consistencyProof(log, tenant, first, second),
  };
}

function printReport(report: Awaited<ReturnType<typeof verifyLog>>): void {
  if (report.ok) {
    console.log(`OK: ${report.events} events in ${report.streams} streams; every chain holds.`);
  } else {
    console.log(`BROKEN: ${report.breaks.length} break(s) in ${report.events} events:`);
    for (const broken of report.breaks) console.log(`  ${describeBreak(broken)}`);
  }
  for (const tenant of report.tenants) {
    const since = tenant.leaves - tenant.verifiedUpTo;
    console.log(
      `  ${tenant.tenant}: ${tenant.leaves} leaves; ${tenant.checkpoints} signed checkpoint(s), ` +
        `the tree verified up to ${tenant.verifiedUpTo} (${since} leaves since, not yet checkpointed)`,
    );
  }
}
