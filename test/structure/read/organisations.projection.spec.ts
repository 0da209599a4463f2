import { readModel } from '@app/projections';
import {
  findOrganisation,
  listOrganisations,
  ORGANISATIONS,
  organisationsProjection,
} from '@app/structure';
import { testDatabases } from '../../support/test-databases';
import { bitemporalColumns, ProjectionHarness, Streams, TENANT } from './projection-harness';

const naf = {
  type: 'OrganisationRegistered',
  data: {
    organisationId: 'org-naf',
    kind: 'administration',
    name: 'Arbetsmarknadsförvaltningen',
    shortName: 'AMF',
    parentId: 'org-0192',
    establishedOn: '2019-01-01',
  },
};
const renamed = {
  type: 'OrganisationRenamed',
  data: {
    organisationId: 'org-naf',
    name: 'Näringslivs- och arbetsmarknadsförvaltningen',
    shortName: 'NAF',
    on: '2022-01-01',
  },
};
const dissolved = {
  type: 'OrganisationDissolved',
  data: { organisationId: 'org-naf', on: '2026-01-01' },
};

for (const testDatabase of testDatabases) {
  describe(`organisations projection on ${testDatabase.name}`, () => {
    let harness: ProjectionHarness;
    beforeAll(async () => {
      harness = await ProjectionHarness.open(testDatabase, [organisationsProjection]);
    });
    beforeEach(() => harness.reset());
    afterAll(() => harness.close());

    const at = (asOf: string, knownAt: string | null = null) => ({ asOf, knownAt });

    it('given a registration and a rename, then one version per name, each valid in its own period', async () => {
      const streams = new Streams();
      streams.append('organisation-org-naf', '2020-03-01T10:00:00.000Z', [naf]);
      streams.append('organisation-org-naf', '2022-02-01T10:00:00.000Z', [renamed]);
      await harness.apply(streams.events);

      const rows = await versions();
      expect(rows).toEqual([
        [
          'Arbetsmarknadsförvaltningen',
          '2019-01-01',
          null,
          '2020-03-01T10:00:00.000Z',
          '2022-02-01T10:00:00.000Z',
        ],
        [
          'Arbetsmarknadsförvaltningen',
          '2019-01-01',
          '2022-01-01',
          '2022-02-01T10:00:00.000Z',
          null,
        ],
        [
          'Näringslivs- och arbetsmarknadsförvaltningen',
          '2022-01-01',
          null,
          '2022-02-01T10:00:00.000Z',
          null,
        ],
      ]);
      expect(
        (await findOrganisation(harness.db, TENANT, 'org-naf', at('2021-06-01')))?.shortName,
      ).toBe('AMF');
      expect(
        (await findOrganisation(harness.db, TENANT, 'org-naf', at('2022-01-01')))?.shortName,
      ).toBe('NAF');
      // Known on 2022-01-15, the rename (recorded 2022-02-01) was not: the old name still held.
      expect(
        (
          await findOrganisation(
            harness.db,
            TENANT,
            'org-naf',
            at('2022-06-01', '2022-01-15T00:00:00Z'),
          )
        )?.shortName,
      ).toBe('AMF');
      expect(
        await findOrganisation(harness.db, TENANT, 'org-naf', at('2018-12-31')),
      ).toBeUndefined();
      expect(
        await findOrganisation(
          harness.db,
          TENANT,
          'org-naf',
          at('2021-01-01', '2020-01-01T00:00:00Z'),
        ),
      ).toBeUndefined();
    });

    it('given a dissolution, then a dissolved version from that day, left out of lists unless asked for', async () => {
      const streams = new Streams();
      streams.append('organisation-org-naf', '2020-03-01T10:00:00.000Z', [naf, renamed]);
      streams.append('organisation-org-naf', '2025-11-01T10:00:00.000Z', [dissolved]);
      await harness.apply(streams.events);

      const before = await findOrganisation(harness.db, TENANT, 'org-naf', at('2025-12-31'));
      expect(before).toMatchObject({
        status: 'active',
        dissolvedOn: '2026-01-01',
        versionTo: '2026-01-01',
      });
      const after = await findOrganisation(harness.db, TENANT, 'org-naf', at('2026-01-01'));
      expect(after).toMatchObject({
        status: 'dissolved',
        name: 'Näringslivs- och arbetsmarknadsförvaltningen',
      });
      expect(await listOrganisations(harness.db, TENANT, at('2026-02-01'))).toEqual([]);
      expect(
        (await listOrganisations(harness.db, TENANT, at('2026-02-01'), { includeEnded: true })).map(
          (row) => row.id,
        ),
      ).toEqual(['org-naf']);
      // Known before the dissolution was recorded, nothing said the organisation would end.
      expect(
        await findOrganisation(
          harness.db,
          TENANT,
          'org-naf',
          at('2026-02-01', '2025-10-01T00:00:00Z'),
        ),
      ).toMatchObject({ status: 'active', dissolvedOn: null });
    });

    it('one append that registers and renames leaves no version that was never visible', async () => {
      const streams = new Streams();
      streams.append('organisation-org-naf', '2020-03-01T10:00:00.000Z', [naf, renamed]);
      await harness.apply(streams.events, 1);
      expect(await versions()).toEqual([
        [
          'Arbetsmarknadsförvaltningen',
          '2019-01-01',
          '2022-01-01',
          '2020-03-01T10:00:00.000Z',
          null,
        ],
        [
          'Näringslivs- och arbetsmarknadsförvaltningen',
          '2022-01-01',
          null,
          '2020-03-01T10:00:00.000Z',
          null,
        ],
      ]);
    });

    it('applying the same events again changes nothing', async () => {
      const streams = new Streams();
      streams.append('organisation-org-naf', '2020-03-01T10:00:00.000Z', [naf]);
      streams.append('organisation-org-naf', '2022-02-01T10:00:00.000Z', [renamed, dissolved]);
      await harness.apply(streams.events);
      const first = await versions();
      await harness.apply(streams.events);
      await harness.apply([...streams.events].reverse(), 1);
      expect(await versions()).toEqual(first);
    });

    it('keeps tenants apart', async () => {
      const streams = new Streams();
      streams.append('organisation-org-naf', '2020-03-01T10:00:00.000Z', [naf]);
      streams.append('organisation-org-naf', '2020-03-01T10:00:00.000Z', [naf], '0138');
      await harness.apply(streams.events);
      expect(await listOrganisations(harness.db, '0138', at('2024-01-01'))).toHaveLength(1);
      expect(await listOrganisations(harness.db, '0182', at('2024-01-01'))).toEqual([]);
    });

    async function versions() {
      const db = await readModel<any>(harness.db, ORGANISATIONS);
      const rows = await db
        .selectFrom('organisation_versions')
        .select(['name', ...bitemporalColumns])
        .orderBy('recorded_from')
        .orderBy('valid_from')
        .execute();
      return rows.map((row: any) => [
        row.name,
        row.valid_from,
        row.valid_to,
        row.recorded_from,
        row.recorded_to,
      ]);
    }
  });
}
