import { expectProblem, startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { Structure, expectInvalid, expectRefused } from '../structure/structure-api';
import { Meetings } from './meetings-api';

/**
 * Boards and committees meet too: their records regime and agreed cadence are set on the
 * organisation, meetings follow the regime, and the cadence check covers them as it does groups.
 */
describe.each(testEngines)("a board's or committee's meeting terms on %s", (engine) => {
  let api: TestApp;
  let structure: Structure;
  let meetings: Meetings;
  let board: string;
  let preparatory: string;
  const get = async (url: string, query: Record<string, string> = {}) => {
    await api.settled();
    return api.http.get(`/api/v1${url}`).query(query);
  };

  beforeAll(async () => {
    api = await startTestApp({ engine });
    structure = new Structure(api);
    meetings = new Meetings(api);
    // "Eight meetings a year"
    board = await structure.organisation('KFN', {
      kind: 'board',
      name: 'Kultur- och fritidsnämnden',
      cadence: { count: 8, per: 'year' },
    });
    preparatory = await structure.organisation('DB', {
      kind: 'preparatory-committee',
      name: 'Demokratiberedningen',
      records: 'minutes',
    });
  }, 120_000);
  afterAll(() => api.close());

  const meeting = async (body: object, date: string, held: boolean) => {
    const id = await meetings.schedule({ body, scheduledFor: { date, time: '18:00' } });
    if (held) await meetings.ok(meetings.send.held(id, { documented: false }));
    return id;
  };

  it('shows the terms on the organisation, and meetings follow its records regime', async () => {
    expect((await get(`/organisations/${board}`, { asOf: '2024-06-01' })).body).toMatchObject({
      records: 'minutes',
      cadence: { count: 8, per: 'year' },
    });
    const minuted = await meeting(
      { kind: 'preparatory-committee', id: preparatory },
      '2023-05-01',
      false,
    );
    expect((await get(`/meetings/${minuted}`)).body.records).toBe('minutes');
    await structure.ok(`/organisations/${preparatory}/meeting-terms`, {
      records: 'notes',
      cadence: { count: 2, per: 'term' },
      on: '2024-01-01',
    });
    const noted = await meeting(
      { kind: 'preparatory-committee', id: preparatory },
      '2024-03-01',
      false,
    );
    expect((await get(`/meetings/${noted}`)).body.records).toBe('notes');
    expect((await get(`/organisations/${preparatory}`, { asOf: '2023-06-01' })).body).toMatchObject(
      {
        records: 'minutes',
        cadence: null,
      },
    );
    expect((await get(`/organisations/${preparatory}`, { asOf: '2024-06-01' })).body).toMatchObject(
      {
        records: 'notes',
        cadence: { count: 2, per: 'term' },
      },
    );
  });

  it('keeps a meeting recorded later under the regime of its own date, in the document and the register', async () => {
    // The terms changed to notes on 2024-01-01 (above); the secretary now imports 2023's minutes.
    const body = { kind: 'preparatory-committee', id: preparatory };
    const old = await meeting(body, '2023-10-02', true);
    const recent = await meeting(body, '2024-04-08', true);
    for (const [id, number] of [
      [old, 7],
      [recent, 2],
    ] as const) {
      await meetings.item(id, {
        number,
        title: 'Medborgardialog',
        kind: 'decision',
        decision: { text: 'Beredningen föreslår en medborgardialog.' },
      });
    }
    expect((await get(`/meetings/${old}`)).body.records).toBe('minutes');
    expect((await get(`/meetings/${recent}`)).body.records).toBe('notes');
    const oldHtml = (await get(`/meetings/${old}/minutes.html`)).text;
    expect(oldHtml).toContain('<h1>Sammanträdesprotokoll</h1>');
    expect(oldHtml).toContain('§ 7/23');
    expect((await get(`/meetings/${recent}/minutes.html`)).text).toContain(
      '<h1>Minnesanteckningar</h1>',
    );
    const register = (await get('/decisions', { bodyId: preparatory })).body.decisions;
    expect(register.map((entry: any) => [entry.number, entry.records])).toEqual([
      ['§ 7/23', 'minutes'],
      ['2', 'notes'],
    ]);

    // Moved across the change before anything is recorded in it, a booking follows the new regime;
    // one with items numbered as minutes stays where it is.
    const booked = await meeting(body, '2023-12-14', false);
    await meetings.ok(
      meetings.send.reschedule(booked, { scheduledFor: { date: '2024-01-18', time: '18:00' } }),
    );
    expect((await get(`/meetings/${booked}`)).body.records).toBe('notes');
    const withItem = await meeting(body, '2023-12-15', false);
    await meetings.item(withItem, { title: 'Dagordning', kind: 'information' });
    await expectRefused(
      api,
      () =>
        meetings.send.reschedule(withItem, { scheduledFor: { date: '2024-01-19', time: '18:00' } }),
      409,
      'MEETING.RECORDS_DIFFER_ON_DATE',
    );
  });

  it("checks a board's meetings against its cadence, held and booked", async () => {
    const body = { kind: 'board', id: board };
    for (const date of ['2024-02-01', '2024-03-14', '2024-05-02']) await meeting(body, date, true);
    for (const date of ['2024-09-12', '2024-11-07']) await meeting(body, date, false);
    const response = await get(`/organisations/${board}/cadence`, {
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      body: {
        kind: 'board',
        id: board,
        name: 'Kultur- och fritidsnämnden',
        cadence: { count: 8, per: 'year' },
      },
      periods: [
        expect.objectContaining({
          period: '2024',
          expected: 8,
          held: 3,
          booked: 2,
          met: false,
          planned: false,
        }),
      ],
    });
    expect(response.body.group).toBeUndefined();
  });

  it('refuses terms for an organisation that does not meet, and answers 404 for its cadence', async () => {
    const administration = await structure.organisation('NAF');
    await expectRefused(
      api,
      () =>
        structure.post(`/organisations/${administration}/meeting-terms`, {
          records: 'notes',
          on: '2024-01-01',
        }),
      422,
      'ORGANISATION.NOT_A_MEETING_BODY',
    );
    await expectRefused(
      api,
      () =>
        structure.post(`/organisations/${board}/meeting-terms`, {
          records: 'minutes',
          on: '2024-01-01',
        }),
      422,
      'ORGANISATION.TERMS_UNCHANGED',
    );
    expectInvalid(
      await structure.post(`/organisations/${board}/meeting-terms`, {
        records: 'protokoll',
        cadence: { count: 0 },
        on: 'soon',
      }),
      ['records', 'cadence.count', 'on'],
    );
    expectProblem(
      await get(`/organisations/${administration}/cadence`, { from: '2024-01-01' }),
      404,
      'ORGANISATION.NOT_FOUND',
    );
  });
});
