import { EventIdConflictError } from './errors';
import { ANY, NO_STREAM, exactly } from './event-store.port';
import { deterministicEventIds, findRecordedBatch, type RecordedIdentity } from './idempotency';

const batch = [
  { id: 'a', type: 'Formed', schemaVersion: 1, data: { x: 1, y: 2 } },
  { id: 'b', type: 'Joined', schemaVersion: 1, data: {} },
];
const recorded = (start: bigint): RecordedIdentity[] =>
  batch.map((e, i) => ({
    ...e,
    stream: 's',
    revision: start + BigInt(i),
    position: 100n + BigInt(i),
  }));

describe('deterministicEventIds', () => {
  it('derives the same UUIDs from the same key, and others from another key or namespace', () => {
    const ids = deterministicEventIds('key', 3);
    expect(ids).toEqual(deterministicEventIds('key', 3));
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deterministicEventIds('kez', 3).some((id) => ids.includes(id))).toBe(false);
    const namespace = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
    expect(deterministicEventIds('key', 1, namespace)[0]).not.toBe(ids[0]);
  });
});

describe('findRecordedBatch', () => {
  it('is undefined when no id is known', () => {
    expect(findRecordedBatch('s', batch, [], ANY)).toBeUndefined();
  });

  it('answers the original result for the same batch at the expected place', () => {
    expect(findRecordedBatch('s', batch, recorded(0n), NO_STREAM)).toEqual({
      revision: 1n,
      position: 101n,
    });
    expect(findRecordedBatch('s', batch, recorded(3n), exactly(2))).toEqual({
      revision: 4n,
      position: 101n,
    });
  });

  it('compares data canonically, not by key order', () => {
    const reordered = [{ ...batch[0], data: { y: 2, x: 1 } }, batch[1]];
    expect(findRecordedBatch('s', reordered, recorded(0n), ANY)).toBeDefined();
  });

  it.each([
    ['other data', [{ ...batch[0], data: { x: 2, y: 2 } }, batch[1]], recorded(0n), ANY],
    ['another place than expected', batch, recorded(3n), exactly(5)],
    ['another order', [batch[1], batch[0]], recorded(0n), ANY],
    ['a partly recorded batch', [...batch, { ...batch[0], id: 'c' }], recorded(0n), ANY],
    ['another stream', batch, recorded(0n).map((e) => ({ ...e, stream: 't' })), ANY],
  ] as const)('rejects %s', (_case, candidate, known, expected) => {
    expect(() => findRecordedBatch('s', candidate, known, expected)).toThrow(EventIdConflictError);
  });
});
