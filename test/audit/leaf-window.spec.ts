import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { leavesRecordedIn, transparencyLogProjection, type AuditLogDb } from '@app/audit';
import { START, type RecordedEvent } from '@app/event-store';
import { readModel } from '@app/projections';
import { testDatabases } from '../support/test-databases';
import { ProjectionHarness, Streams } from '../structure/read/projection-harness';

/**
 * 0192's leaves on five days, two a day, with 0138's events between them; the record time of
 * leaf 5 (day 3) is taken before leaf 4's (day 3 too, but earlier), as a slow commit does.
 */
function days(): RecordedEvent[] {
  const streams = new Streams();
  const at = ['01', '01', '02', '02', '03T10', '03T09', '04', '04', '05', '05'];
  at.forEach((day, i) => {
    const time = day.includes('T') ? `2026-01-${day}:00:00.000Z` : `2026-01-${day}T12:00:00.000Z`;
    streams.append('group-a', time, [{ type: 'Noted', data: { i } }], '0192');
    streams.append('group-x', time, [{ type: 'Noted', data: { i } }], '0138');
  });
  streams.events.forEach((event, i) => {
    event.position = BigInt(i + 1);
    event.metadata.hash = createHash('sha256').update(`event ${i}`).digest('hex');
  });
  return streams.events;
}

for (const testDatabase of testDatabases) {
  describe(`the leaves of a record-time window on ${testDatabase.name}`, () => {
    let harness: ProjectionHarness;
    let log: Kysely<AuditLogDb>;
    const events = days();
    const leaf = (index: number) => events.filter((e) => e.metadata.tenant === '0192')[index];
    const span = (from: string, to: string, size = 10) =>
      leavesRecordedIn(log, '0192', [`${from}T00:00:00.000Z`, `${to}T00:00:00.000Z`], size);

    beforeAll(async () => {
      harness = await ProjectionHarness.open(testDatabase, [transparencyLogProjection]);
      await harness.reset();
      await harness.apply(events, 7);
      log = await readModel<AuditLogDb>(harness.db, transparencyLogProjection.name);
    });
    afterAll(() => harness.close());

    it('spans the first to the last leaf recorded in the window, read from after the leaf before', async () => {
      expect(await span('2026-01-02', '2026-01-04')).toEqual({ first: 2, last: 5, firstEventId: leaf(2).id, after: leaf(1).position });
      expect(await span('2026-01-01', '2026-01-02')).toEqual({ first: 0, last: 1, firstEventId: leaf(0).id, after: START });
    }); // prettier-ignore

    it('keeps a leaf recorded out of commit order inside the span', async () => {
      const nine = await leavesRecordedIn(log, '0192', ['2026-01-03T09:00:00.000Z', '2026-01-03T09:30:00.000Z'], 10);
      expect(nine).toMatchObject({ first: 5, last: 5, after: leaf(4).position });
    }); // prettier-ignore

    it('answers nothing for a window without leaves, or beyond the tree size asked about', async () => {
      expect(await span('2026-02-01', '2026-02-02')).toBeUndefined();
      expect(await span('2026-01-05', '2026-01-06', 8)).toBeUndefined();
      expect(await span('2026-01-04', '2026-01-06', 8)).toMatchObject({ first: 6, last: 7 });
    });
  });
}
