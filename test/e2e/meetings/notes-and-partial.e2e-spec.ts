import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { bodyStage, eventsOf, expectRefused, type BodyStage } from './meetings-api';

/**
 * Notes (minnesanteckningar) of a body that keeps them, counter-signed and delivered; and a
 * meeting known only by its date and decisions, with what the source does not say left unknown.
 */
describe.each(testEngines)('notes and partial records on %s', (engine) => {
  let api: TestApp;
  let stage: BodyStage;
  let [chair, member, guest] = ['', '', ''];
  beforeAll(async () => {
    api = await startTestApp({ engine });
    stage = await bodyStage(api);
    [chair, member, guest] = [stage.people.pirrone, stage.people.svanberg, stage.people.hagg];
  }, 120_000);
  afterAll(() => api.close());

  const get = async (path: string) => {
    await api.settled();
    return api.http.get(`/api/v1${path}`);
  };

  /** A held meeting of the steering group, which keeps notes, with item 1 decided. */
  async function groupNotes(date: string) {
    const { meetings } = stage;
    const id = await meetings.schedule({
      body: stage.bodyOf.group,
      scheduledFor: { date, time: '13:00', endTime: '15:00' },
    });
    await meetings.ok(
      meetings.send.held(id, {
        attendance: [
          { personId: chair, capacity: 'official', office: 'chair' },
          { personId: member, capacity: 'official' },
          { personId: guest, capacity: 'guest' },
        ],
      }),
    );
    const itemId = await meetings.item(id, {
      number: 1,
      title: 'Uppdrag till arbetsgrupperna',
      kind: 'decision',
      motions: [
        { party: 'S', text: 'Avslag', kind: 'rejection' },
        { text: 'Bifall till förslaget' },
      ],
      decision: { text: 'Styrgruppen beslutar enligt förslaget.', adoptedMotions: [1] },
    });
    return { id, itemId };
  }

  it('keeps notes: numbered within the meeting, counter-signed, delivered, printed as Minnesanteckningar', async () => {
    const { id } = await groupNotes('2024-03-05');
    const { meetings } = stage;
    await expectRefused(
      api,
      () =>
        meetings.send.approve(id, {
          approvedOn: '2024-03-06',
          chairId: chair,
          adjusterIds: [member],
        }),
      409,
      'MEETING.KEEPS_NOTES',
    );
    const counterSign = (body: object) => meetings.post(`/meetings/${id}/notes/counter-sign`, body);
    await expectRefused(
      api,
      () => counterSign({ signedBy: chair, counterSignedBy: guest, counterSignedOn: '2024-03-06' }),
      422,
      'NOTES.COUNTER_SIGNER_NOT_MEMBER',
    );
    await expectRefused(
      api,
      () =>
        counterSign({ signedBy: chair, counterSignedBy: member, counterSignedOn: '2024-03-04' }),
      422,
      'NOTES.BEFORE_MEETING',
    );
    await meetings.ok(
      counterSign({ signedBy: chair, counterSignedBy: member, counterSignedOn: '2024-03-12' }),
    );
    await meetings.ok(
      meetings.post(`/meetings/${id}/notes/deliver`, {
        to: { name: 'Kommunstyrelsen' },
        deliveredOn: '2024-03-20',
      }),
    );
    const deliver = (organisationId: string) =>
      meetings.post(`/meetings/${id}/notes/deliver`, {
        to: { name: 'Nämnden', organisationId },
        deliveredOn: '2024-03-21',
      });
    await expectRefused(
      api,
      () => deliver('00000000-0000-4000-8000-000000000000'),
      422,
      'NOTES.ORGANISATION_NOT_FOUND',
    );
    await meetings.ok(deliver(stage.board));
    await expectRefused(
      api,
      () => meetings.send.item(id, { title: 'Sent', kind: 'information' }),
      409,
      'NOTES.ALREADY_COUNTER_SIGNED',
    );
    expect((await eventsOf(api, `meeting-${id}`)).map((e) => e.type)).toEqual([
      'MeetingScheduled',
      'MeetingHeld',
      'ItemRecorded',
      'NotesCounterSigned',
      'NotesDelivered',
      'NotesDelivered',
    ]);

    const minutes = (await get(`/meetings/${id}`)).body;
    expect(minutes).toMatchObject({
      records: 'notes',
      scheduledFor: { date: '2024-03-05', time: '13:00', endTime: '15:00' },
      format: null,
      unknown: expect.arrayContaining(['startedAt', 'endedAt', 'format']),
      items: [
        {
          number: '1',
          motions: [
            { by: null, party: 'S', kind: 'rejection', adopted: false },
            { by: null, party: null, kind: 'motion', adopted: true },
          ],
          decision: { unanimous: true, adoptedMotions: [1] },
        },
      ],
      counterSigning: {
        signedBy: { id: chair },
        counterSignedBy: { id: member },
        counterSignedOn: '2024-03-12',
      },
      deliveries: [
        { to: { name: 'Kommunstyrelsen', organisation: null }, deliveredOn: '2024-03-20' },
        {
          to: { name: 'Nämnden', organisation: { id: stage.board, name: expect.any(String) } },
          deliveredOn: '2024-03-21',
        },
      ],
      approval: null,
      appealEndsOn: null,
    });

    const html = (await get(`/meetings/${id}/minutes.html`)).text;
    expect(html).toContain('<h1>Minnesanteckningar</h1>');
    expect(html).toContain('Kontrasignerad 2024-03-12');
    expect(html).toContain('Delges');
    expect(html).toContain('S yrkar avslag: Avslag');
    expect(html).toContain('Det yrkas Bifall till förslaget (bifallet)');
    expect(html).not.toContain('Anslag/Bevis');
    expect(html).not.toContain('Justering');
    expect(html).not.toContain('§');

    const register = (await get(`/decisions?bodyId=${stage.group}`)).body.decisions;
    expect(register).toEqual([
      expect.objectContaining({
        number: '1',
        records: 'notes',
        unanimous: true,
        votes: null,
        counterSignedOn: '2024-03-12',
        approvedOn: null,
        appealEndsOn: null,
      }),
    ]);
  });

  it('records a meeting known only by its date and decisions, and says what is unknown', async () => {
    const { meetings } = stage;
    const id = await meetings.schedule({
      body: stage.bodyOf.committee,
      scheduledFor: { date: '2019-05-13' },
    });
    await expectRefused(
      api,
      () =>
        meetings.send.held(id, {
          documented: false,
          attendance: [{ personId: chair, capacity: 'guest' }],
        }),
      422,
      'MEETING.SITTING_NOT_DOCUMENTED',
    );
    await meetings.ok(meetings.send.held(id, { documented: false }));
    await meetings.item(id, {
      number: 12,
      title: 'Budget 2020',
      kind: 'decision',
      decision: {
        text: 'Arbetsutskottet föreslår nämnden att anta budgeten.',
        votes: { yes: 3, no: 2, abstained: 0 },
      },
    });
    const minutes = (await get(`/meetings/${id}`)).body;
    expect(minutes).toMatchObject({
      records: 'minutes',
      startedAt: null,
      endedAt: null,
      format: null,
      unknown: ['attendance', 'startedAt', 'endedAt', 'format', 'place'],
      attendance: { decisionMakers: [], others: [], absences: [] },
    });
    const html = (await get(`/meetings/${id}/minutes.html`)).text;
    expect(html).toContain('Närvaron framgår inte av källan.');
    expect(html).toContain('tid: uppgift saknas i källan');
    const [entry] = (
      await get(`/decisions?bodyId=${stage.committee}&from=2019-01-01&to=2019-12-31`)
    ).body.decisions;
    expect(entry).toMatchObject({
      number: '§ 12/19',
      records: 'minutes',
      votes: { yes: 3, no: 2, abstained: 0 },
      unanimous: false,
    });
  });

  it('records who presided for an absent chair, with the absent office', async () => {
    const { meetings } = stage;
    const id = await meetings.schedule({
      body: stage.bodyOf.committee,
      scheduledFor: { date: '2019-06-10', time: '09:00' },
      format: 'in-person',
    });
    await meetings.ok(
      meetings.send.held(id, {
        startedAt: '09:00',
        presidedBy: member,
        attendance: [{ personId: member, capacity: 'decision-maker', office: 'vice-chair' }],
        absences: [{ personId: chair, office: 'chair' }],
      }),
    );
    const minutes = (await get(`/meetings/${id}`)).body;
    expect(minutes).toMatchObject({
      presidedBy: { id: member },
      attendance: { absences: [{ id: chair, office: 'chair' }] },
      unknown: ['endedAt', 'place'],
    });
    const html = (await get(`/meetings/${id}/minutes.html`)).text;
    expect(html).toContain('Ordförande vid sammanträdet');
    expect(html).toMatch(/Frånvarande[\s\S]*ordförande/);
  });

  it('checks a cadence stated as a count per term against the meetings held and booked', async () => {
    const { structure, meetings } = stage;
    const modelId = (await get(`/groups/${stage.group}`)).body.modelId;
    const network = await structure.group(modelId, {
      kind: 'network',
      name: 'Rektorsnätverket',
      cadence: { count: 2, per: 'term' },
    });
    const body = { kind: 'group', id: network };
    for (const date of ['2024-02-06', '2024-04-16', '2024-09-10', '2024-11-12']) {
      const id = await meetings.schedule({ body, scheduledFor: { date } });
      if (date < '2024-10-01') await meetings.ok(meetings.send.held(id, { documented: false }));
    }
    const cadence = await get(`/groups/${network}/cadence?from=2024-01-01&to=2024-10-01`);
    expect(cadence.status).toBe(200);
    expect(cadence.body).toMatchObject({
      group: { cadence: { count: 2, per: 'term' } },
      gaps: [],
      periods: [
        { period: 'VT 2024', expected: 2, held: 2, booked: 0, met: true, planned: true },
        { period: 'HT 2024', expected: 2, held: 1, booked: 1, met: false, planned: true },
      ],
    });
    await expectRefused(
      api,
      () =>
        structure.post(`/groups/${network}/mandate`, {
          mandate: 'Nätverk',
          cadence: { count: 2, per: 'term', minWeeks: 4 },
          on: '2024-06-01',
        }),
      422,
      'GROUP.INVALID_CADENCE',
    );
  });

  it("books a body's yearly meeting plan in one command, or none of it", async () => {
    const { meetings } = stage;
    const plan = (dates: string[]) =>
      meetings.post('/meetings/plan', {
        body: stage.bodyOf.board,
        meetings: dates.map((date) => ({
          scheduledFor: { date, time: '18:00', endTime: '20:00' },
        })),
      });
    await expectRefused(
      api,
      () => plan(['2025-02-10', '2025-02-10']),
      422,
      'MEETING.PLAN_DATE_TWICE',
    );
    await expectRefused(
      api,
      () => plan(['2025-02-10', '1990-01-01']),
      409,
      'MEETING.BODY_NOT_ACTIVE',
    );
    const response = await plan(['2025-02-10', '2025-04-14', '2025-06-09']);
    expect(response.status).toBe(201);
    expect(response.body.meetingIds).toHaveLength(3);
    const listed = await get(`/meetings?bodyId=${stage.board}&from=2025-01-01&to=2025-12-31`);
    expect(
      listed.body.meetings.map((m: any) => [m.date, m.scheduledFor.endTime, m.status]),
    ).toEqual([
      ['2025-02-10', '20:00', 'scheduled'],
      ['2025-04-14', '20:00', 'scheduled'],
      ['2025-06-09', '20:00', 'scheduled'],
    ]);
  });
});
