import { readModel } from '@app/projections';
import { findGroup, GROUPS, groupsProjection, listGroups, seatsOn } from '@app/structure';
import { testDatabases } from '../../support/test-databases';
import { bitemporalColumns, ProjectionHarness, Streams, TENANT } from './projection-harness';

const formed = {
  type: 'GroupFormed',
  data: {
    groupId: 'g-violence',
    modelId: 'm-old',
    kind: 'working',
    name: 'Våldsprevention',
    parentId: 'g-coordination',
    mandate: null,
    focusArea: 'Våldsprevention',
    cadence: null,
    records: 'notes',
    formedOn: '2023-01-01',
  },
};
const seat = (membershipId: string, personId: string, role: string, from: string) => ({
  type: 'MemberAdded',
  data: { groupId: 'g-violence', membershipId, personId, organisationId: 'org-sof', role, from },
});
const ended = (membershipId: string, to: string, cause = 'ended') => ({
  type: 'MembershipEnded',
  data: { groupId: 'g-violence', membershipId, to, cause },
});
const transferred = {
  type: 'GroupTransferred',
  data: {
    groupId: 'g-violence',
    fromModelId: 'm-old',
    toModelId: 'm-new',
    parentId: null,
    on: '2025-01-01',
  },
};

for (const testDatabase of testDatabases) {
  describe(`groups projection on ${testDatabase.name}`, () => {
    let harness: ProjectionHarness;
    beforeAll(async () => {
      harness = await ProjectionHarness.open(testDatabase, [groupsProjection]);
    });
    beforeEach(() => harness.reset());
    afterAll(() => harness.close());

    const at = (asOf: string, knownAt: string | null = null) => ({ asOf, knownAt });
    const members = async (asOf: string, knownAt: string | null = null) =>
      (await seatsOn(harness.db, TENANT, at(asOf, knownAt), { groupIds: ['g-violence'] })).map(
        (seat) => [seat.personId, seat.role, seat.from, seat.to],
      );

    it('given a transfer, then the group belongs to each model in its own period', async () => {
      const streams = new Streams();
      streams.append('group-g-violence', '2023-01-10T08:00:00.000Z', [formed]);
      streams.append('group-g-violence', '2024-11-20T08:00:00.000Z', [transferred]);
      await harness.apply(streams.events);
      expect(await groupRows()).toEqual([
        [
          'm-old',
          'g-coordination',
          '2023-01-01',
          null,
          '2023-01-10T08:00:00.000Z',
          '2024-11-20T08:00:00.000Z',
        ],
        ['m-old', 'g-coordination', '2023-01-01', '2025-01-01', '2024-11-20T08:00:00.000Z', null],
        ['m-new', null, '2025-01-01', null, '2024-11-20T08:00:00.000Z', null],
      ]);
      expect(
        (await listGroups(harness.db, TENANT, at('2024-12-31'), { modelId: 'm-new' })).length,
      ).toBe(0);
      expect((await findGroup(harness.db, TENANT, 'g-violence', at('2025-01-01')))?.modelId).toBe(
        'm-new',
      );
    });

    it('places a seat recorded late at its own dates, known only from when it was recorded', async () => {
      const streams = new Streams();
      streams.append('group-g-violence', '2023-01-10T08:00:00.000Z', [
        formed,
        seat('s-1', 'p-landberg', 'member', '2023-01-01'),
      ]);
      // Imported in 2026: a chair from 2023-02-01 who left on 2024-01-01.
      streams.append('group-g-violence', '2026-03-01T08:00:00.000Z', [
        seat('s-2', 'p-forshage', 'chair', '2023-02-01'),
        ended('s-2', '2024-01-01'),
      ]);
      await harness.apply(streams.events);
      expect(await members('2023-06-01')).toEqual([
        ['p-landberg', 'member', '2023-01-01', null],
        ['p-forshage', 'chair', '2023-02-01', '2024-01-01'],
      ]);
      expect(await members('2024-01-01')).toEqual([['p-landberg', 'member', '2023-01-01', null]]);
      expect(await members('2023-06-01', '2025-12-31T00:00:00.000Z')).toEqual([
        ['p-landberg', 'member', '2023-01-01', null],
      ]);
    });

    it('gives each role its own stretch of the seat', async () => {
      const streams = new Streams();
      streams.append('group-g-violence', '2023-01-10T08:00:00.000Z', [
        formed,
        seat('s-1', 'p-landberg', 'member', '2023-01-01'),
      ]);
      streams.append('group-g-violence', '2023-09-01T08:00:00.000Z', [
        {
          type: 'MemberRoleChanged',
          data: { groupId: 'g-violence', membershipId: 's-1', role: 'chair', on: '2023-09-01' },
        },
      ]);
      await harness.apply(streams.events);
      expect(await members('2023-08-31')).toEqual([['p-landberg', 'member', '2023-01-01', null]]);
      expect(await members('2023-09-01')).toEqual([['p-landberg', 'chair', '2023-01-01', null]]);
      expect(await members('2023-08-31', '2023-08-01T00:00:00.000Z')).toEqual([
        ['p-landberg', 'member', '2023-01-01', null],
      ]);
    });

    it('keeps the earlier end of a seat that a merge cuts short', async () => {
      const streams = new Streams();
      streams.append('group-g-violence', '2023-01-10T08:00:00.000Z', [
        formed,
        seat('s-1', 'p-landberg', 'member', '2023-01-01'),
        ended('s-1', '2024-06-01'),
      ]);
      streams.append('group-g-violence', '2023-03-10T08:00:00.000Z', [
        {
          type: 'GroupMergedInto',
          data: { groupId: 'g-violence', targetId: 'g-school', on: '2024-01-01' },
        },
        ended('s-1', '2024-01-01', 'group-merged'),
      ]);
      await harness.apply(streams.events);
      expect(await members('2023-12-31')).toEqual([
        ['p-landberg', 'member', '2023-01-01', '2024-01-01'],
      ]);
      expect(await members('2024-01-01')).toEqual([]);
      expect(await findGroup(harness.db, TENANT, 'g-violence', at('2024-02-01'))).toMatchObject({
        status: 'merged',
        endedOn: '2024-01-01',
        mergedInto: 'g-school',
      });
    });

    it('changes nothing when the same events are applied again, one by one or in reverse', async () => {
      const streams = new Streams();
      streams.append('group-g-violence', '2023-01-10T08:00:00.000Z', [
        formed,
        seat('s-1', 'p-landberg', 'member', '2023-01-01'),
      ]);
      streams.append('group-g-violence', '2024-11-20T08:00:00.000Z', [
        transferred,
        ended('s-1', '2025-02-01'),
      ]);
      await harness.apply(streams.events);
      const before = [await groupRows(), await members('2025-01-15')];
      await harness.apply(streams.events, 1);
      await harness.apply([...streams.events].reverse());
      expect([await groupRows(), await members('2025-01-15')]).toEqual(before);
    });

    async function groupRows() {
      const db = await readModel<any>(harness.db, GROUPS);
      const rows = await db
        .selectFrom('group_versions')
        .select(['model_id', 'parent_id', ...bitemporalColumns])
        .orderBy('recorded_from')
        .orderBy('valid_from')
        .execute();
      return rows.map((row: any) => [
        row.model_id,
        row.parent_id,
        row.valid_from,
        row.valid_to,
        row.recorded_from,
        row.recorded_to,
      ]);
    }
  });
}
