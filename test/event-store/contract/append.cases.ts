import { DomainError, recordedActor } from '@app/kernel';
import {
  ANY,
  InvalidAppendError,
  NO_STREAM,
  STREAM_EXISTS,
  WRONG_EXPECTED_REVISION,
  WrongExpectedRevisionError,
  exactly,
  type ExpectedRevision,
  type NewEvent,
} from '@app/event-store';
import { actor, events, newStream, newTenant, rejection, type FixtureRef } from './fixtures';

export function appendCases(fixture: FixtureRef): void {
  const store = () => fixture().store;

  /** A stream with `count` events (revisions 0..count-1), or none when count is 0. */
  async function streamWith(count: number): Promise<{ tenant: string; stream: string }> {
    const tenant = newTenant();
    const stream = newStream();
    if (count > 0) await store().append(tenant, stream, events(count), NO_STREAM);
    return { tenant, stream };
  }

  async function conflict(
    count: number,
    expected: ExpectedRevision,
  ): Promise<WrongExpectedRevisionError> {
    const { tenant, stream } = await streamWith(count);
    const error = await rejection(store().append(tenant, stream, events(1), expected));
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    const before = await store().readStream(tenant, stream);
    expect(before).toHaveLength(count);
    return error as WrongExpectedRevisionError;
  }

  describe('append', () => {
    it('answers the new revision and a position, and records the envelope', async () => {
      const { tenant, stream } = await streamWith(0);
      const batch = events(3);
      const result = await store().append(tenant, stream, batch, NO_STREAM);
      expect(result.revision).toBe(2n);
      const recorded = await store().readStream(tenant, stream);
      expect(recorded.map((e) => e.id)).toEqual(batch.map((e) => e.id));
      expect(recorded.map((e) => e.revision)).toEqual([0n, 1n, 2n]);
      expect(recorded[2].position).toBe(result.position);
      expect(recorded[0].position < recorded[1].position).toBe(true);
      const first = recorded[0].metadata;
      expect(first).toMatchObject({ tenant, validFrom: '2026-01-15', prevHash: null });
      // The caller's name is personal data: the store keeps the subject, role and organisation.
      expect(first.actor).toEqual(recordedActor(actor));
      expect(first.correlationId).toBe(batch[0].metadata.correlationId);
      expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(recorded[1].metadata.prevHash).toBe(first.hash);
      expect(Number.isNaN(Date.parse(first.recordedAt))).toBe(false);
    });

    it('sets recordedAt itself, ignoring a value smuggled in by the writer', async () => {
      const { tenant, stream } = await streamWith(0);
      const [sneaky] = events(1);
      const metadata = { ...sneaky.metadata, recordedAt: '1999-01-01T00:00:00.000Z' };
      await store().append(tenant, stream, [{ ...sneaky, metadata }], NO_STREAM);
      const [recorded] = await store().readStream(tenant, stream);
      expect(recorded.metadata.recordedAt).not.toBe('1999-01-01T00:00:00.000Z');
    });

    it('any: appends to a missing and to an existing stream', async () => {
      const { tenant, stream } = await streamWith(0);
      expect((await store().append(tenant, stream, events(1), ANY)).revision).toBe(0n);
      expect((await store().append(tenant, stream, events(2), ANY)).revision).toBe(2n);
    });

    it('no-stream: creates a stream, and fails with the actual revision when it exists', async () => {
      const error = await conflict(3, NO_STREAM);
      expect(error.expected).toEqual(NO_STREAM);
      expect(error.actual).toBe(2n);
    });

    it('stream-exists: appends to an existing stream, and fails with actual null when missing', async () => {
      const { tenant, stream } = await streamWith(2);
      expect((await store().append(tenant, stream, events(1), STREAM_EXISTS)).revision).toBe(2n);
      const error = await conflict(0, STREAM_EXISTS);
      expect(error.expected).toEqual(STREAM_EXISTS);
      expect(error.actual).toBeNull();
    });

    it('exact: appends at the expected revision only', async () => {
      const { tenant, stream } = await streamWith(2);
      expect((await store().append(tenant, stream, events(2), exactly(1))).revision).toBe(3n);
      const stale = await rejection(store().append(tenant, stream, events(1), exactly(1)));
      expect(stale).toMatchObject({ expected: exactly(1), actual: 3n });
      const ahead = await conflict(2, exactly(5));
      expect(ahead).toMatchObject({ expected: exactly(5), actual: 1n });
      const missing = await conflict(0, exactly(0));
      expect(missing).toMatchObject({ expected: exactly(0), actual: null });
    });

    it('reports a conflict as a domain error the HTTP layer maps to 409', async () => {
      const error = await conflict(1, exactly(4));
      expect(error).toBeInstanceOf(DomainError);
      expect(error.code).toBe(WRONG_EXPECTED_REVISION);
      expect(error.kind).toBe('conflict');
      expect(error.stream).toBeDefined();
      expect(error.details).toEqual({ stream: error.stream, expected: '4', actual: '0' });
    });

    it('refuses malformed batches before writing anything', async () => {
      const { tenant, stream } = await streamWith(0);
      const [one] = events(1);
      const malformed: [NewEvent[], ExpectedRevision][] = [
        [[], ANY],
        [[one, one], ANY],
        [[{ ...one, id: 'not-a-uuid' }], ANY],
        [[{ ...one, schemaVersion: 0 }], ANY],
        [[{ ...one, metadata: { ...one.metadata, validFrom: '2026-02-30' } }], ANY],
        [[one], exactly(-1)],
      ];
      for (const [batch, expected] of malformed) {
        const error = await rejection(store().append(tenant, stream, batch, expected));
        expect(error).toBeInstanceOf(InvalidAppendError);
        expect(error).toMatchObject({ code: 'EVENT_STORE.INVALID_APPEND', kind: 'invalid' });
      }
      expect(await store().readStream(tenant, stream)).toEqual([]);
    });
  });
}
