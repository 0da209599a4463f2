import { randomUUID } from 'node:crypto';
import { expectProblem, startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { reader } from '../structure/queries-http';
import { recordQueryScenario, type QueryScenario } from '../../meetings/e2e/query-scenario';
import { expectInvalid } from './meetings-api';

describe.each(testEngines)('decision register, assignments and cadence on %s', (engine) => {
  let api: TestApp;
  let s: QueryScenario;
  let position: string;
  const get = (url: string, query: Record<string, string> = {}) =>
    reader(api, () => position)(url, query);

  beforeAll(async () => {
    api = await startTestApp({ engine });
    s = await recordQueryScenario(api);
    position = await s.position();
  }, 180_000);
  afterAll(() => api.close());

  it('keeps the decision register, by organisation party, body, case number and period', async () => {
    const naf = await get('/decisions', { organisationId: s.stage.administration });
    expect(naf.status).toBe(200);
    expect(naf.body.decisions.find((d: any) => d.number === '§ 42/23')).toEqual({
      body: {
        id: s.stage.committee,
        kind: 'working-committee',
        name: 'Näringslivs- och arbetsmarknadsnämndens arbetsutskott',
      },
      meeting: { id: s.nan.meetingId, date: '2023-11-06' },
      itemId: s.nan.itemIds['nan-42'],
      number: '§ 42/23',
      caseNumber: 'NAN/2023/0160/007',
      title: 'Svar på revisorernas frågor angående Nynäshamnsmodellen',
      decision: 'Arbetsutskottet lämnar ärendet till nämnden utan eget ställningstagande.',
      form: 'proposal-to-board',
      records: 'minutes',
      votes: null,
      unanimous: true,
      approvedOn: '2023-11-14',
      noticePostedOn: '2023-11-15',
      appealEndsOn: '2023-12-06',
      counterSignedOn: null,
      partyAs: ['attendance', 'proposal'],
    });
    const byCase = await get('/decisions', { caseNumber: 'NAN/2023/0160/007' });
    expect(byCase.body.decisions.map((d: any) => d.number)).toEqual(['§ 42/23']);
    const byBody = await get('/decisions', {
      bodyId: s.stage.committee,
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(byBody.body.decisions.map((d: any) => d.number)).toEqual(['§ 78/24']);
    expect((await get('/decisions', { organisationId: randomUUID() })).body.decisions).toEqual([]);
  });

  it('computes open and overdue against asOf: an extension and a late report count from their dates', async () => {
    const status = async (asOf: string) =>
      (
        await get('/assignments', { asOf, organisationId: s.stage.administration })
      ).body.assignments.find((a: any) => a.id === s.dated)?.status;
    expect(await status('2023-11-05')).toBeUndefined();
    expect(await status('2023-11-28')).toBe('open');
    expect(await status('2023-12-16')).toBe('overdue');
    expect(await status('2024-01-10')).toBe('reported');
    const overdue = await get('/assignments', { asOf: '2023-12-20', status: 'overdue' });
    expect(overdue.body).toEqual({
      asOf: '2023-12-20',
      assignments: [
        expect.objectContaining({
          id: s.dated,
          status: 'overdue',
          source: expect.objectContaining({
            meeting: { id: s.nan.meetingId, date: '2023-11-06' },
            number: '§ 42/23',
          }),
          owedBy: {
            organisation: {
              id: s.stage.administration,
              name: 'Näringslivs- och arbetsmarknadsförvaltningen',
            },
            person: { id: s.people.kalback, name: 'Petra Kålbäck' },
          },
          what: 'Beskriv Nynäshamnsmodellen för nämnden',
          dueOn: '2023-12-15',
          extensions: [expect.objectContaining({ dueOn: '2023-12-15', why: 'Omorganisation' })],
          reportBack: null,
        }),
      ],
      next: null,
    });
    const today = await get('/assignments', { status: 'reported' });
    expect(today.body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(today.body.assignments[0]).toMatchObject({
      reportBack: { deliveredOn: '2024-01-10', inTime: false },
    });
  });

  it('reads one assignment, its history, and the register as it had been recorded (knownAt)', async () => {
    const one = await get(`/assignments/${s.dated}`, { asOf: '2024-02-01' });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({
      asOf: '2024-02-01',
      id: s.dated,
      status: 'reported',
      dueOn: '2023-12-15',
      reportBack: { deliveredOn: '2024-01-10', inTime: false },
    });
    const known = await get(`/assignments/${s.dated}`, {
      asOf: '2024-02-01',
      knownAt: s.beforeReport,
    });
    expect(known.body).toMatchObject({ id: s.dated, status: 'overdue', reportBack: null });
    const register = await get('/assignments', { asOf: '2024-02-01', knownAt: s.beforeReport });
    expect(register.body).toMatchObject({ knownAt: s.beforeReport });
    expect(register.body.assignments.find((a: any) => a.id === s.dated).status).toBe('overdue');
    const before = await get('/assignments', { knownAt: s.beforeCorrection });
    expect(before.body.assignments.map((a: any) => a.id)).not.toContain(s.dated);
    expect((await get(`/assignments/${s.dated}`, { knownAt: s.beforeCorrection })).status).toBe(
      404,
    );
    const missing = await get(`/assignments/${randomUUID()}`);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('ASSIGNMENT.NOT_FOUND');

    const history = await get(`/assignments/${s.dated}/history`);
    expect(history.status).toBe(200);
    expect(history.body.events.map((e: any) => e.type)).toEqual([
      'AssignmentIssued',
      'AssignmentExtended',
      'AssignmentReportedBack',
    ]);
    expect((await get(`/assignments/${randomUUID()}/history`)).status).toBe(404);
    expect((await get(`/assignments/${s.dated}`, { knownAt: 'yesterday' })).status).toBe(400);
  });

  it("finds the gaps in a group's meetings against its cadence of 4 to 6 weeks", async () => {
    const response = await get(`/groups/${s.stage.group}/cadence`, {
      from: '2024-01-01',
      to: '2024-07-15',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      group: { id: s.stage.group, name: 'Styrgruppen', cadence: { minWeeks: 4, maxWeeks: 6 } },
      countedFrom: '2024-01-01',
      countedTo: '2024-07-15',
      meetings: ['2024-01-10', '2024-02-07', '2024-05-02', '2024-05-20'].map((date) => ({
        id: expect.any(String),
        date,
      })),
      gaps: [
        { from: '2024-02-07', to: '2024-05-02', days: 85, edge: 'between' },
        { from: '2024-05-20', to: '2024-07-15', days: 56, edge: 'end' },
      ],
      shortIntervals: [{ from: '2024-05-02', to: '2024-05-20', days: 18, edge: 'between' }],
    });
    // A window starting after a meeting counts from that meeting, not from the window's start.
    const later = await get(`/groups/${s.stage.group}/cadence`, {
      from: '2024-03-01',
      to: '2024-05-02',
    });
    expect(later.body.gaps).toEqual([
      { from: '2024-02-07', to: '2024-05-02', days: 85, edge: 'start' },
    ]);
    expectProblem(
      await get(`/groups/${randomUUID()}/cadence`, { from: '2024-01-01' }),
      404,
      'GROUP.NOT_FOUND',
    );
  });

  // The registers page in SQL by their sort key: walking `next` one entry a page gives each once.
  it.each([
    ['/decisions', 'decisions', (entry: any) => entry.itemId],
    ['/meetings', 'meetings', (entry: any) => entry.id],
  ])('walks %s one entry a page, each entry once and in order', async (url, key, idOf) => {
    const whole = await get(url);
    expect(whole.body.next).toBeNull();
    expect(whole.body[key].length).toBeGreaterThan(2);
    const ids: string[] = [];
    let next: string | null = `${url}?limit=1`;
    while (next) {
      const page: any = await api.http.get(next.startsWith('/api/v1') ? next : `/api/v1${next}`);
      expect(page.status).toBe(200);
      expect(page.body[key].length).toBeLessThanOrEqual(1);
      ids.push(...page.body[key].map(idOf));
      next = page.body.next;
    }
    expect(ids).toEqual(whole.body[key].map(idOf));
  });

  // Whether an assignment is open or overdue is known once it is read: the page is filled from
  // windows of the register, skipping the others, and walking `next` still gives each once.
  it('walks the assignments by status one a page, each once and in order', async () => {
    for (let i = 0; i < 6; i += 1) {
      const response = await api.http.post('/api/v1/assignments').send({
        meetingId: s.nan.meetingId,
        itemId: s.nan.itemIds['nan-42'],
        owedBy: { organisationId: s.stage.administration, personId: null },
        what: `Uppdrag ${i}`,
        issuedOn: `2024-0${1 + (i % 3)}-01`,
        dueOn: i % 2 === 0 ? '2024-06-30' : '2099-06-30',
      });
      expect(response.status).toBe(201);
      position = response.body.position;
    }
    for (const status of ['open', 'overdue']) {
      const whole = await get('/assignments', { status });
      expect(whole.body.assignments.length).toBeGreaterThanOrEqual(3);
      const ids: string[] = [];
      let next: string | null = `/api/v1/assignments?status=${status}&limit=1`;
      while (next) {
        const page: any = await api.http.get(next);
        expect(page.status).toBe(200);
        expect(page.body.assignments.length).toBeLessThanOrEqual(1);
        ids.push(...page.body.assignments.map((entry: any) => entry.id));
        next = page.body.next;
      }
      expect(ids).toEqual(whole.body.assignments.map((entry: any) => entry.id));
    }
  });

  it('refuses malformed query parameters with 400 REQUEST.VALIDATION_FAILED naming each', async () => {
    const cases: [string, Record<string, string>, string[]][] = [
      ['/meetings', { from: '2024-13-01', to: 'soon' }, ['from', 'to']],
      ['/meetings', { from: '2024-02-01', to: '2024-01-01' }, ['to']],
      ['/meetings', { status: 'postponed', colour: 'red' }, ['status', 'colour']],
      ['/decisions', { from: '2024-02-30' }, ['from']],
      ['/decisions', { from: '2024-02-01', to: '2024-01-31' }, ['to']],
      ['/assignments', { status: 'late', asOf: '06/11/2023' }, ['status', 'asOf']],
      [`/groups/${s.stage.group}/cadence`, {}, ['from']],
      [`/groups/${s.stage.group}/cadence`, { from: '2024-05-01', to: '2024-04-01' }, ['to']],
      [
        `/meetings/${s.nan.meetingId}/history`,
        { knownAt: 'yesterday', asOf: 'today' },
        ['knownAt', 'asOf'],
      ],
      [`/meetings/${s.nan.meetingId}`, { asOf: '2024-01-01' }, ['asOf']],
      [
        `/meetings/${s.nan.meetingId}/minutes.html`,
        { consistentWith: 'latest' },
        ['consistentWith'],
      ],
    ];
    for (const [url, query, fields] of cases) {
      const response = await api.http.get(`/api/v1${url}`).query(query);
      expectInvalid(response, fields);
    }
  });
});
