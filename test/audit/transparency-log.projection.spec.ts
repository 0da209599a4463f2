import { createHash } from 'node:crypto';
import {
  CompactRange,
  consistencyProof,
  currentTreeHead,
  inclusionProof,
  leafHash,
  leafOfEvent,
  rootAt,
  transparencyLogProjection,
  verifyConsistency,
  verifyInclusion,
  type AuditLogDb,
} from '@app/audit';
import type { RecordedEvent } from '@app/event-store';
import { readModel } from '@app/projections';
import type { Kysely } from 'kysely';
import { testDatabases } from '../support/test-databases';
import { ProjectionHarness, Streams } from '../structure/read/projection-harness';

/** Events of two municipalities, interleaved in commit order, each with a distinct hash. */
function interleavedEvents(count: number): RecordedEvent[] {
  const streams = new Streams();
  for (let i = 0; i < count; i++) {
    const tenant = i % 3 === 0 ? '0138' : '0192';
    const [event] = streams.append(`group-${i % 5}`, '2026-01-01T00:00:00.000Z', [
      { type: i % 2 ? 'GroupFormed' : 'MeetingHeld', data: { i } },
    ], tenant); // prettier-ignore
    event.metadata.hash = createHash('sha256').update(`event ${i}`).digest('hex');
  }
  return streams.events;
}

for (const testDatabase of testDatabases) {
  describe(`transparency log projection on ${testDatabase.name}`, () => {
    let harness: ProjectionHarness;
    let log: Kysely<AuditLogDb>;
    const events = interleavedEvents(300);
    const ofTenant = (tenant: string) => events.filter((e) => e.metadata.tenant === tenant);

    beforeAll(async () => {
      harness = await ProjectionHarness.open(testDatabase, [transparencyLogProjection]);
      await harness.reset();
      // Uneven batches, so that appends resume from a stored right edge of every shape.
      for (const [start, end] of [[0, 1], [1, 8], [8, 9], [9, 100], [100, 233], [233, 300]]) {
        await harness.apply(events.slice(start, end), 37);
      } // prettier-ignore
      log = await readModel<AuditLogDb>(harness.db, transparencyLogProjection.name);
    });
    afterAll(() => harness.close());

    it('keeps one tree per municipality, its leaves the event hashes in commit order', async () => {
      for (const tenant of ['0192', '0138']) {
        const expected = CompactRange.empty();
        for (const event of ofTenant(tenant)) expected.append(event.metadata.hash);
        const head = await currentTreeHead(log, tenant);
        expect(head.size).toBe(ofTenant(tenant).length);
        expect(head.root.toString('hex')).toBe(expected.root().toString('hex'));
      }
      expect(await currentTreeHead(log, '0480')).toMatchObject({ size: 0 });
    });

    it('answers inclusion proofs at every past size that verify, from O(log n) stored nodes', async () => {
      const mine = ofTenant('0192');
      for (const size of [1, 2, 7, 64, 100, mine.length]) {
        const root = await rootAt(log, '0192', size);
        for (const index of [0, Math.floor(size / 2), size - 1]) {
          const leaf = leafHash(Buffer.from(mine[index].metadata.hash, 'hex'));
          expect(await leafOfEvent(log, '0192', mine[index].id)).toBe(index);
          const path = await inclusionProof(log, '0192', index, size);
          expect(verifyInclusion(index, size, leaf, path, root)).toBe(true);
        }
      }
      expect(await leafOfEvent(log, '0138', mine[0].id)).toBeUndefined();
    });

    it('answers consistency proofs between any two sizes that verify', async () => {
      const size = ofTenant('0192').length;
      for (const [first, second] of [[1, size], [13, 64], [64, 65], [100, size], [size, size]]) {
        const proof = await consistencyProof(log, '0192', first, second);
        const [r1, r2] = [await rootAt(log, '0192', first), await rootAt(log, '0192', second)];
        expect(verifyConsistency(first, second, r1, r2, proof)).toBe(true);
      } // prettier-ignore
    });
  });
}
