/**
 * Reads on KurrentDB. The port's positions are commit positions, exclusive (`readAll(from)`
 * means after `from`), while KurrentDB positions are (commit, prepare) pairs and a forward read
 * includes the event at its start. Events of gRPC appends have equal commit and prepare
 * positions, so (p, p) locates the event at p, and the adapter drops it from the page.
 */
import {
  END,
  START,
  excludeSystemEvents,
  type KurrentDBClient,
  type ReadPosition,
} from '@kurrent/kurrentdb-client';
import { InvalidAppendError } from '../errors';
import type { Position, ReadStreamOptions, RecordedEvent } from '../event-store.port';
import type { Upcasters } from '../upcasters';
import { collect } from './read-records';
import { isSamverkanRecord, toRecordedEvent } from './kurrentdb-envelope';
import { encodeStreamName } from './tenant-streams';

const HEAD_PAGE = 16;

export async function readKurrentStream(
  client: KurrentDBClient,
  upcasters: Upcasters,
  tenant: string,
  stream: string,
  { from, to, direction = 'forwards', limit }: ReadStreamOptions = {},
): Promise<RecordedEvent[]> {
  const name = encodeStreamName(tenant, stream);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new InvalidAppendError(`A read limit must be a non-negative integer, not ${limit}`);
  }
  const forwards = direction === 'forwards';
  const span =
    from !== undefined && to !== undefined ? (forwards ? to - from : from - to) + 1n : null;
  const maxCount = Math.min(
    limit ?? Number.MAX_SAFE_INTEGER,
    span === null ? Infinity : Number(span),
  );
  if (maxCount <= 0) return [];
  const records = await collect(
    client.readStream(name, {
      direction,
      fromRevision: from ?? (forwards ? START : END),
      maxCount,
    }),
  );
  const inRange = (revision: bigint) =>
    to === undefined || (forwards ? revision <= to : revision >= to);
  return records
    .filter((record) => inRange(record.revision))
    .map((record) => toRecordedEvent(record, upcasters))
    .filter((event): event is RecordedEvent => event !== null);
}

/** Pages until `limit` Samverkan events are found or the log ends; foreign events are skipped. */
export async function readKurrentAll(
  client: KurrentDBClient,
  upcasters: Upcasters,
  from: Position,
  limit: number,
): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  // START is also a valid position of an event (the log's first), which must not be skipped.
  let after = from === 0n ? -1n : from;
  while (events.length < limit) {
    const wanted = limit - events.length + 1;
    const page = await collect(
      client.readAll({
        fromPosition: seek(after),
        maxCount: wanted,
        filter: excludeSystemEvents(),
      }),
    );
    for (const record of page) {
      const position = record.position?.commit;
      if (position === undefined || position <= after) continue;
      after = position;
      const event = toRecordedEvent(record, upcasters);
      if (event) events.push(event);
      if (events.length === limit) break;
    }
    if (page.length < wanted) break;
  }
  return events;
}

/** The last Samverkan event's position, so that a reader that has seen it knows it is level. */
export async function kurrentHead(client: KurrentDBClient): Promise<Position> {
  let before: ReadPosition = END;
  for (;;) {
    const page = await collect(
      client.readAll({
        direction: 'backwards',
        fromPosition: before,
        maxCount: HEAD_PAGE,
        filter: excludeSystemEvents(),
      }),
    );
    const ours = page.find(isSamverkanRecord);
    if (ours?.position) return ours.position.commit;
    const last = page[page.length - 1]?.position;
    if (page.length < HEAD_PAGE || !last) return 0n;
    before = last;
  }
}

function seek(after: bigint): ReadPosition {
  return after < 0n ? START : { commit: after, prepare: after };
}
