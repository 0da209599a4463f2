/**
 * The transparency log's contenders in the catch-up child: the full verification `cli verify`
 * runs (every chain and the tree against the signed checkpoints) and the audit package.
 */
import { generateKeyPairSync, createPublicKey } from 'node:crypto';
import { Writable } from 'node:stream';
import {
  CheckpointService,
  allCheckpoints,
  consistencyProof,
  currentTreeHead,
  parseVerifierKey,
  verifierKey,
  verifyLog,
  writeAuditPackage,
  type NoteSigner,
} from '@app/audit';
import type { EventStore } from '@app/event-store';
import type { AppConfig, SqlDatabase } from '@app/platform';
import { TENANT } from './events';

const ORIGIN = 'samverkan.bench';

export function benchSigner(): NoteSigner {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { name: ORIGIN, privateKey, publicKey: createPublicKey(privateKey) };
}

/** What the API's CheckpointService needs, outside Nest. */
export function checkpointService(database: SqlDatabase, signer: NoteSigner): CheckpointService {
  const config = { audit: { origin: ORIGIN, checkpointEvery: { events: 1000, minutes: 60 } } };
  return new CheckpointService(config as AppConfig, database, signer);
}

/** `cli verify` in full: answers the events it read; throws when the log does not verify. */
export async function verifyAll(
  store: EventStore,
  checkpoints: CheckpointService,
  signer: NoteSigner,
): Promise<number> {
  const log = await checkpoints.log();
  const report = await verifyLog({
    store,
    checkpoints: await allCheckpoints(checkpoints.db),
    key: parseVerifierKey(verifierKey(signer.name, signer.publicKey)),
    origin: ORIGIN,
    tree: {
      head: (tenant) => currentTreeHead(log, tenant),
      consistencyProof: (tenant, first, second) => consistencyProof(log, tenant, first, second),
    },
  });
  if (!report.ok) throw new Error(`the bench's log does not verify: ${JSON.stringify(report.breaks[0])}`); // prettier-ignore
  return report.events;
}

/** The audit package of every event recorded today, written to nowhere: answers its bytes. */
export async function packageOfToday(
  store: EventStore,
  checkpoints: CheckpointService,
): Promise<number> {
  const today = new Date().toISOString().slice(0, 10);
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  // A structure history has no meetings: no minutes to print.
  const noMinutes = async () => undefined;
  await writeAuditPackage(store, checkpoints, noMinutes, { tenant: TENANT, from: today, to: today }, sink); // prettier-ignore
  return bytes;
}
