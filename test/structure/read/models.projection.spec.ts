import { findModel, listModels, participantsOn, structureProjections } from '@app/structure';
import { testDatabases } from '../../support/test-databases';
import { ProjectionHarness, Streams, TENANT } from './projection-harness';

const established = {
  type: 'ModelEstablished',
  data: {
    modelId: 'm-old',
    name: 'Nynäshamnsmodellen',
    purpose: 'Förebyggande arbete för barn och unga',
    participantIds: ['org-naf', 'org-buf'],
    principles: [],
    focusAreas: ['Närvaro i skolan'],
    adoptedBy: {
      caseNumber: null,
      meetingId: null,
      item: null,
      description: 'Förvaltningscheferna',
    },
    establishedOn: '2021-01-01',
    predecessorId: null,
  },
};
const model = (type: string, data: object) => ({ type, data: { modelId: 'm-old', ...data } });

for (const testDatabase of testDatabases) {
  describe(`models projection on ${testDatabase.name}`, () => {
    let harness: ProjectionHarness;
    beforeAll(async () => {
      harness = await ProjectionHarness.open(testDatabase, structureProjections);
    });
    beforeEach(() => harness.reset());
    afterAll(() => harness.close());

    const at = (asOf: string, knownAt: string | null = null) => ({ asOf, knownAt });
    const participants = async (asOf: string, knownAt: string | null = null) =>
      (await participantsOn(harness.db, TENANT, 'm-old', at(asOf, knownAt))).map((p) => [
        p.organisationId,
        p.from,
        p.to,
      ]);

    it('given participants joining, leaving and joining again, then one row per period', async () => {
      const streams = new Streams();
      streams.append('model-m-old', '2021-01-05T08:00:00.000Z', [established]);
      streams.append('model-m-old', '2022-01-05T08:00:00.000Z', [
        model('ParticipantAdded', { organisationId: 'org-sof', from: '2022-01-01' }),
        model('ParticipantLeft', { organisationId: 'org-buf', on: '2022-06-01' }),
      ]);
      streams.append('model-m-old', '2023-01-05T08:00:00.000Z', [
        model('ParticipantAdded', { organisationId: 'org-buf', from: '2023-01-01' }),
      ]);
      await harness.apply(streams.events);
      expect(await participants('2021-06-01')).toEqual([
        ['org-buf', '2021-01-01', '2022-06-01'],
        ['org-naf', '2021-01-01', null],
      ]);
      expect((await participants('2022-07-01')).map(([id]) => id)).toEqual(['org-naf', 'org-sof']);
      expect(await participants('2023-01-01')).toContainEqual(['org-buf', '2023-01-01', null]);
      // Known in mid-2022, BUF's leaving had been recorded but not its return.
      expect(
        (await participants('2023-06-01', '2022-07-01T00:00:00.000Z')).map(([id]) => id),
      ).toEqual(['org-naf', 'org-sof']);
    });

    it('given a leaving known to the year and a return, then the first period ends as given', async () => {
      const streams = new Streams();
      streams.append('model-m-old', '2021-01-05T08:00:00.000Z', [established]);
      streams.append('model-m-old', '2024-01-05T08:00:00.000Z', [
        model('ParticipantLeft', { organisationId: 'org-buf', on: '2022' }),
        model('ParticipantAdded', { organisationId: 'org-buf', from: '2023' }),
      ]);
      await harness.apply(streams.events);
      expect(await participants('2022-06-01')).toContainEqual(['org-buf', '2021-01-01', '2022']);
      expect((await participants('2022-12-31')).map(([id]) => id)).toEqual(['org-naf']);
      expect(await participants('2023-01-01')).toContainEqual(['org-buf', '2023', null]);
    });

    it('given an amendment and a replacement, then each version in its period, and the successor known from when it was recorded', async () => {
      const streams = new Streams();
      streams.append('model-m-old', '2021-01-05T08:00:00.000Z', [established]);
      streams.append('model-m-old', '2023-11-10T08:00:00.000Z', [
        model('ModelAmended', {
          changes: { focusAreas: ['Närvaro i skolan', 'Våldsprevention'] },
          decidedBy: null,
          on: '2023-11-06',
        }),
      ]);
      streams.append('model-m-old', '2024-11-20T08:00:00.000Z', [
        model('ModelReplaced', { successorId: 'm-new', effectiveOn: '2025-01-01', groups: [] }),
      ]);
      await harness.apply(streams.events);
      expect(await findModel(harness.db, TENANT, 'm-old', at('2023-11-05'))).toMatchObject({
        focusAreas: ['Närvaro i skolan'],
        status: 'active',
        successorId: 'm-new',
        endedOn: '2025-01-01',
        versionTo: '2023-11-06',
      });
      expect(await findModel(harness.db, TENANT, 'm-old', at('2025-01-01'))).toMatchObject({
        focusAreas: ['Närvaro i skolan', 'Våldsprevention'],
        amendedOn: '2023-11-06',
        status: 'replaced',
      });
      expect(
        await findModel(harness.db, TENANT, 'm-old', at('2025-01-01', '2024-01-01T00:00:00.000Z')),
      ).toMatchObject({ status: 'active', successorId: null, endedOn: null });
      expect(await listModels(harness.db, TENANT, at('2025-01-01'))).toEqual([]);
      expect(await findModel(harness.db, TENANT, 'm-old', at('2020-12-31'))).toBeUndefined();
    });
  });
}
