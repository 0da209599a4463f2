import { assignmentsProjection, listAssignments, meetingsProjection } from '@app/meetings';
import { organisationsProjection } from '@app/structure';
import { testDatabases } from '../../support/test-databases';
import { ProjectionHarness, TENANT } from '../../structure/read/projection-harness';
import { NAMES, nynashamnStreams, org, person, structureStreams } from './nynashamn-events';

for (const testDatabase of testDatabases) {
  describe(`assignments projection on ${testDatabase.name}`, () => {
    let harness: ProjectionHarness;
    beforeAll(async () => {
      harness = await ProjectionHarness.open(testDatabase, [
        meetingsProjection,
        assignmentsProjection,
        organisationsProjection,
      ]);
      await harness.db
        .insertInto('personal_data')
        .values(
          Object.entries(NAMES).map(([subject_id, name]) => ({
            tenant: TENANT,
            subject_kind: 'person' as const,
            subject_id,
            name,
          })),
        )
        .execute();
      await harness.reset();
      await harness.apply(structureStreams().events);
      await harness.apply(nynashamnStreams().events);
    });
    afterAll(() => harness.close());

    const statuses = async (asOf: string) =>
      Object.fromEntries(
        (await listAssignments(harness.db, TENANT, { asOf })).map((a) => [a.id, a.status]),
      );

    it('computes each status as of a day: an extension and a late report count from their dates', async () => {
      expect(await statuses('2023-11-05')).toEqual({});
      expect(await statuses('2023-11-28')).toEqual({
        'asg-nan-42-23': 'open',
        'asg-dated': 'open',
        'asg-withdrawn': 'withdrawn',
      });
      expect(await statuses('2023-12-16')).toMatchObject({ 'asg-dated': 'overdue' });
      expect(await statuses('2024-01-10')).toMatchObject({
        'asg-dated': 'reported',
        'asg-nan-42-23': 'open',
      });
    });

    it('filters by status and owing organisation, naming the source decision, debtor and extensions', async () => {
      const overdue = await listAssignments(harness.db, TENANT, {
        asOf: '2023-12-20',
        status: 'overdue',
      });
      expect(overdue).toEqual([
        expect.objectContaining({
          id: 'asg-dated',
          source: {
            kind: 'decision',
            meeting: { id: expect.any(String), date: '2023-11-06' },
            itemId: 'nan-42',
            number: '§ 42/23',
            caseNumber: 'NAN/2023/0160/007',
            title: 'Svar på revisorernas frågor angående Nynäshamnsmodellen',
          },
          owedBy: {
            organisation: { id: org.naf, name: 'Näringslivs- och arbetsmarknadsförvaltningen' },
            person: { id: person.kalback, name: 'Petra Kålbäck' },
          },
          dueOn: '2023-12-15',
          originallyDueOn: '2023-11-28',
          extensions: [
            {
              previousDueOn: '2023-11-28',
              dueOn: '2023-12-15',
              why: 'Omorganisation',
              extendedOn: '2023-11-27',
            },
          ],
          reportBack: null,
        }),
      ]);
      // Before the extension was granted, the first due date was in force.
      expect(
        (await listAssignments(harness.db, TENANT, { asOf: '2023-11-26', status: 'open' })).find(
          (a) => a.id === 'asg-dated',
        ),
      ).toMatchObject({ dueOn: '2023-11-28', extensions: [] });
      const reported = await listAssignments(harness.db, TENANT, {
        asOf: '2024-02-01',
        organisationId: org.naf,
        status: 'reported',
      });
      expect(reported.map((a) => [a.id, a.reportBack?.deliveredOn, a.reportBack?.inTime])).toEqual([
        ['asg-dated', '2024-01-10', false],
      ]);
      expect(
        await listAssignments(harness.db, TENANT, {
          asOf: '2024-02-01',
          organisationId: org.buf,
          status: 'open',
        }),
      ).toEqual([]);
    });
  });
}
