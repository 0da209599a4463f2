/**
 * An append on KurrentDB: read the stream's head, settle repeats and expectations here, hash,
 * then append with the head's exact revision as the server-side expectation. The exact
 * revision is what protects the hash chain: a writer that slipped in between makes the server
 * refuse, and the next attempt re-reads and decides again (a repeat, a conflict, or a new chain
 * link), so no event is ever chained to a head it did not see.
 */
import {
  NO_STREAM,
  WrongExpectedVersionError,
  type KurrentDBClient,
} from '@kurrent/kurrentdb-client';
import { assertValidExpected, checkExpected, prepareBatch } from '../append-batch';
import { WrongExpectedRevisionError } from '../errors';
import type { AppendResult, ExpectedRevision, NewEvent } from '../event-store.port';
import { chainBatch, recordTime } from '../hash-chain';
import { findRecordedBatch, type RecordedIdentity } from '../idempotency';
import { positionOf, storedMetadata, toEventData, type KurrentRecord } from './kurrentdb-envelope';
import { collect } from './read-records';
import { encodeStreamName } from './tenant-streams';

/** Races lost in a row before the conflict is reported; each loss means another writer won. */
const MAX_ATTEMPTS = 5;

/**
 * KurrentDB cannot look events up by id, so a repeated id is looked for among the stream's
 * last `repeatWindow` events (read in the same request as the head) and, for an exact or
 * no-stream expectation, right where the expectation puts the batch. An id repeated further
 * back, or in another stream, goes unnoticed.
 */
export const DEFAULT_REPEAT_WINDOW = 32;

interface Head {
  revision: bigint;
  hash: string;
}

export async function appendToKurrent(
  client: KurrentDBClient,
  tenant: string,
  stream: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  repeatWindow = DEFAULT_REPEAT_WINDOW,
): Promise<AppendResult> {
  const name = encodeStreamName(tenant, stream);
  assertValidExpected(expected);
  const batch = prepareBatch(events);
  let lost: WrongExpectedVersionError | undefined;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const recent = await readBackwards(client, name, Math.max(repeatWindow, batch.length, 1));
    const head = headOf(recent[0]);
    const range = await readRepeatRange(client, name, expected, recent, batch.length);
    const candidates = [...recent, ...range];
    const repeat = findRecordedBatch(
      stream,
      batch,
      identities(stream, batch, candidates),
      expected,
    );
    if (repeat) return repeat;
    checkExpected(tenant, stream, expected, head?.revision ?? null);

    const recordedAt = recordTime();
    const hashes = chainBatch(tenant, stream, head, batch, recordedAt);
    try {
      const result = await client.appendToStream(
        name,
        batch.map((event, index) => toEventData(tenant, event, recordedAt, hashes[index])),
        { streamState: head ? head.revision : NO_STREAM },
      );
      // No position: the server found these ids already in place (a concurrent repeat) and
      // wrote nothing; the next attempt reads them back and compares their content.
      if (result.position) {
        return { revision: result.nextExpectedRevision, position: result.position.commit };
      }
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      lost = error;
    }
  }
  const actual = lost && typeof lost.actualState === 'bigint' ? lost.actualState : null;
  throw new WrongExpectedRevisionError(tenant, stream, expected, actual);
}

/** With an exact or no-stream expectation, a repeat sits right after the expected revision. */
async function readRepeatRange(
  client: KurrentDBClient,
  name: string,
  expected: ExpectedRevision,
  recent: KurrentRecord[],
  batchSize: number,
): Promise<KurrentRecord[]> {
  const from =
    expected.kind === 'exact' ? expected.revision + 1n : expected.kind === 'no-stream' ? 0n : null;
  const oldestRead = recent[recent.length - 1]?.revision;
  // Nothing to read when the stream ends before `from` or the window already reached back to it.
  if (
    from === null ||
    oldestRead === undefined ||
    recent[0].revision < from ||
    oldestRead <= from
  ) {
    return [];
  }
  return readForwards(client, name, from, batchSize);
}

function headOf(record: KurrentRecord | undefined): Head | null {
  if (!record) return null;
  const metadata = storedMetadata(record);
  if (!metadata) {
    throw new Error(`${record.streamId}@${record.revision} has no hash: not a Samverkan stream`);
  }
  return { revision: record.revision, hash: metadata.hash };
}

function identities(
  stream: string,
  batch: readonly NewEvent[],
  records: KurrentRecord[],
): RecordedIdentity[] {
  const ids = new Set(batch.map((event) => event.id));
  const seen = new Set<string>();
  return records
    .filter((record) => ids.has(record.id) && !seen.has(record.id) && seen.add(record.id))
    .map((record) => ({
      id: record.id,
      stream,
      revision: record.revision,
      position: positionOf(record),
      type: record.type,
      schemaVersion: storedMetadata(record)?.schemaVersion ?? 0,
      data: record.data,
    }));
}

async function readBackwards(client: KurrentDBClient, name: string, count: number) {
  return collect(
    client.readStream(name, { direction: 'backwards', fromRevision: 'end', maxCount: count }),
  );
}

async function readForwards(client: KurrentDBClient, name: string, from: bigint, count: number) {
  return collect(
    client.readStream(name, { direction: 'forwards', fromRevision: from, maxCount: count }),
  );
}
