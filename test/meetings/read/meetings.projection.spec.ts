import { sql } from 'kysely';
import {
  ASSIGNMENTS,
  assignmentsProjection,
  findMeeting,
  listDecisions,
  listMeetings,
  MEETINGS,
  meetingsProjection,
  minutesOf,
} from '@app/meetings';
import { organisationsProjection, peopleProjection, groupsProjection } from '@app/structure';
import { testDatabases } from '../../support/test-databases';
import { ProjectionHarness, TENANT } from '../../structure/read/projection-harness';
import {
  JOINT,
  NAMES,
  NAN,
  nynashamnStreams,
  org,
  person,
  structureStreams,
} from './nynashamn-events';

for (const testDatabase of testDatabases) {
  describe(`meetings projections on ${testDatabase.name}`, () => {
    let harness: ProjectionHarness;
    beforeAll(async () => {
      harness = await ProjectionHarness.open(testDatabase, [
        meetingsProjection,
        assignmentsProjection,
        organisationsProjection,
        peopleProjection,
        groupsProjection,
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
    });
    beforeEach(async () => {
      await harness.reset();
      await harness.apply(structureStreams().events);
      await harness.apply(nynashamnStreams().events);
    });
    afterAll(() => harness.close());

    it('lists the meetings by date, filtered by body and period', async () => {
      const all = await listMeetings(harness.db, TENANT);
      expect(all.map((m) => [m.meetingId, m.status])).toEqual([
        [NAN, 'held'],
        [JOINT, 'held'],
      ]);
      expect(
        (await listMeetings(harness.db, TENANT, { bodyId: org.jointAu })).map((m) => m.meetingId),
      ).toEqual([JOINT]);
      expect(
        (await listMeetings(harness.db, TENANT, { from: '2023-11-07', to: '2024-11-14' })).map(
          (m) => m.meetingId,
        ),
      ).toEqual([JOINT]);
      expect(await listMeetings(harness.db, TENANT, { to: '2023-11-05' })).toEqual([]);
    });

    it('gives the minutes of § 41-48/23 with names, numbers, deadlines and the correction', async () => {
      const minutes = (await minutesOf(harness.db, TENANT, NAN))!;
      expect(minutes).toMatchObject({
        body: { id: org.nanAu, name: 'Näringslivs- och arbetsmarknadsnämndens arbetsutskott' },
        status: 'held',
        date: '2023-11-06',
        startedAt: '09:00',
        endedAt: '09:50',
        place: 'Digitalt via Teams',
        format: 'remote',
        approval: {
          approvedOn: '2023-11-14',
          chair: { id: person.pirrone, name: 'Antonella Pirrone' },
          adjusters: [{ id: person.hagg, name: 'Ola Hägg' }],
          secretary: { id: person.zotterman, name: 'Nathalie Zotterman' },
        },
        notice: { postedOn: '2023-11-15', takenDownOn: '2023-12-07' },
        appealEndsOn: '2023-12-06',
        approvedInTime: true,
        noticeInTime: true,
      });
      expect(minutes.attendance.decisionMakers.map((a) => [a.name, a.party, a.remote])).toEqual([
        ['Antonella Pirrone', 'KD', true],
        ['Håkan Svanberg', 'M', true],
        ['Ola Hägg', 'S', true],
      ]);
      expect(minutes.attendance.others.map((a) => [a.name, a.title])).toEqual([
        ['Nathalie Zotterman', 'sekreterare'],
        ['Petra Kålbäck', 'förvaltningschef'],
      ]);
      expect(minutes.items.map((i) => i.number)).toEqual([
        null,
        null,
        '§ 41/23',
        '§ 42/23',
        '§ 43/23',
        '§ 44/23',
        '§ 45/23',
        '§ 46/23',
        '§ 47/23',
        '§ 48/23',
      ]);
      const item46 = minutes.items.find((i) => i.id === 'nan-46')!;
      expect(item46.notes).toContain(
        'där bland annat Petra Kålbäck och Håkan Svanberg (M) närvarade',
      );
      expect(item46.notes).not.toContain('{{person:');
      const item42 = minutes.items.find((i) => i.id === 'nan-42')!;
      expect(item42).toMatchObject({
        caseNumber: 'NAN/2023/0160/007',
        decision: {
          form: 'proposal-to-board',
          text: 'Arbetsutskottet lämnar ärendet till nämnden utan eget ställningstagande.',
        },
        proposal: {
          organisation: { id: org.naf, name: 'Näringslivs- och arbetsmarknadsförvaltningen' },
        },
        motions: [{ by: { name: 'Antonella Pirrone' }, party: 'KD' }],
        recipients: [{ name: 'Akten' }, { name: 'Revisorerna' }],
      });
      expect(item42.corrections).toEqual([
        expect.objectContaining({
          field: 'decision',
          why: 'Felskrivning vid justeringen',
          correctedOn: '2023-11-20',
        }),
      ]);
      expect(item42.corrections[0]!.previous).toContain('inför utskick till nämnden');
      expect(await minutesOf(harness.db, TENANT, 'no-such-meeting')).toBeUndefined();
    });

    it('keeps a decision register: by organisation party, body, case number and period', async () => {
      const naf = (await listDecisions(harness.db, TENANT, { organisationId: org.naf })).decisions;
      // Its head of administration sat in both meetings; § 42/23 decided on NAF's own proposal.
      expect(naf.map((d) => [d.number, d.partyAs])).toEqual([
        ['§ 41/23', ['attendance']],
        ['§ 42/23', ['attendance', 'proposal']],
        ['§ 78/24', ['attendance']],
      ]);
      const byCase = (await listDecisions(harness.db, TENANT, { caseNumber: 'NAN/2023/0160/007' }))
        .decisions;
      expect(byCase).toEqual([
        expect.objectContaining({
          body: expect.objectContaining({
            id: org.nanAu,
            name: 'Näringslivs- och arbetsmarknadsnämndens arbetsutskott',
          }),
          meeting: { id: NAN, date: '2023-11-06' },
          number: '§ 42/23',
          decision: 'Arbetsutskottet lämnar ärendet till nämnden utan eget ställningstagande.',
          approvedOn: '2023-11-14',
          noticePostedOn: '2023-11-15',
          appealEndsOn: '2023-12-06',
        }),
      ]);
      expect(
        (await listDecisions(harness.db, TENANT, { bodyId: org.nanAu })).decisions.map(
          (d) => d.number,
        ),
      ).toEqual(['§ 41/23', '§ 42/23']);
      expect(
        (
          await listDecisions(harness.db, TENANT, { from: '2024-01-01', to: '2024-12-31' })
        ).decisions.map((d) => d.number),
      ).toEqual(['§ 78/24']);
      expect(
        (await listDecisions(harness.db, TENANT, { organisationId: org.nanAu })).decisions.map(
          (d) => d.partyAs,
        ),
      ).toEqual([['body'], ['body']]);
    });

    it('is idempotent: the same events again, in other batches, change no row', async () => {
      const snapshot = async () => {
        const rows = [];
        for (const [name, tables] of [
          [MEETINGS, ['meetings', 'decisions', 'decision_parties']],
          [ASSIGNMENTS, ['assignments']],
        ] as const) {
          const { schema_name } = await harness.db
            .selectFrom('projections')
            .select('schema_name')
            .where('name', '=', name)
            .where('active', '=', true)
            .executeTakeFirstOrThrow();
          for (const table of tables) {
            const { rows: found } =
              await sql`select * from ${sql.table(`${schema_name}.${table}`)} order by 1, 2, 3`.execute(
                harness.db,
              );
            rows.push(...found.map((row) => JSON.stringify(row)));
          }
        }
        return rows.sort();
      };
      const before = await snapshot();
      const events = nynashamnStreams().events;
      await harness.apply(events, 3);
      await harness.apply(events.slice(5, 20), 1);
      expect(await snapshot()).toEqual(before);
      expect((await findMeeting(harness.db, TENANT, NAN))!.corrections).toHaveLength(1);
    });
  });
}
