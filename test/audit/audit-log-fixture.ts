/**
 * A small log of two municipalities in a real store, with signed checkpoints kept beside it as
 * the app keeps them, and the SQL a tamperer with write access to the database would run.
 */
import { generateKeyPairSync, createPublicKey } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import {
  CompactRange,
  allCheckpoints,
  keepCheckpoint,
  parseVerifierKey,
  signCheckpoint,
  verifierKey,
  verifyLog,
  type AuditDb,
  type LogReport,
  type NoteSigner,
} from '@app/audit';
import {
  NO_STREAM,
  PostgresEventStore,
  START,
  exactly,
  type EventStore,
  type NewEvent,
} from '@app/event-store';
import type { SqlDatabase } from '@app/platform';
import { event } from '../event-store/contract/fixtures';

export const ORIGIN = 'samverkan.test';
export const TENANT = '0192';

export function testSigner(name = ORIGIN): NoteSigner {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { name, privateKey, publicKey: createPublicKey(privateKey) };
}

const noted = (n: number, extra: Partial<NewEvent['metadata']> = {}): NewEvent => {
  const base = event('Noted', { n });
  return {
    ...base,
    metadata: {
      ...base.metadata,
      reason: `skäl ${n}`,
      onBehalfOf: 'SOF',
      causationId: `cause-${n}`,
      ...extra,
    },
  };
};

/**
 * Appends, in this commit order (leaf indexes of 0192 in brackets):
 * group-a/0 [0], group-b/0 [1], group-a/1 [2], x (0138), group-c/0 [3], group-b/1 [4],
 * — checkpoint of 0192 at 5 — group-a/2 [5], group-b/2 [6], group-c/1 [7], group-a/3 [8],
 * — checkpoint at 9 (the one the auditor keeps).
 */
export async function writeLog(store: EventStore): Promise<void> {
  let n = 0;
  const next = () => noted(n++);
  const revisions = new Map<string, number>();
  const append = async (stream: string, tenant = TENANT) => {
    const key = `${tenant}/${stream}`;
    const revision = revisions.get(key);
    await store.append(tenant, stream, [next()], revision === undefined ? NO_STREAM : exactly(revision));
    revisions.set(key, (revision ?? -1) + 1);
  }; // prettier-ignore
  for (const stream of ['group-a', 'group-b', 'group-a']) await append(stream);
  await append('group-x', '0138');
  for (const stream of ['group-c', 'group-b', 'group-a', 'group-b', 'group-c', 'group-a']) {
    await append(stream);
  }
}

/** Signs the trees of `tenant` at the given sizes and keeps the checkpoints. */
export async function issueCheckpoints(
  database: SqlDatabase,
  store: EventStore,
  signer: NoteSigner,
  tenant: string,
  sizes: readonly number[],
): Promise<string[]> {
  const tree = CompactRange.empty();
  const notes: string[] = [];
  for (const recorded of await store.readAll(START, 10_000)) {
    if (recorded.metadata.tenant !== tenant) continue;
    tree.append(recorded.metadata.hash);
    if (!sizes.includes(tree.size)) continue;
    const root = tree.root();
    const note = signCheckpoint({ origin: `${ORIGIN}/${tenant}`, size: tree.size, root }, signer);
    await keepCheckpoint(auditDb(database), { tenant, treeSize: tree.size, root, note });
    notes.push(note);
  }
  return notes;
}

export function auditDb(database: SqlDatabase): Kysely<AuditDb> {
  return database.db as unknown as Kysely<AuditDb>;
}

export async function verify(
  database: SqlDatabase,
  signer: NoteSigner,
  kept?: string,
): Promise<LogReport> {
  return verifyLog({
    store: new PostgresEventStore(database),
    checkpoints: await allCheckpoints(auditDb(database)),
    key: parseVerifierKey(verifierKey(signer.name, signer.publicKey)),
    origin: ORIGIN,
    kept,
  });
}

/** Runs SQL against the events table behind the store's back. */
export async function tamper(database: SqlDatabase, statement: ReturnType<typeof sql>) {
  await statement.execute(database.db);
}
