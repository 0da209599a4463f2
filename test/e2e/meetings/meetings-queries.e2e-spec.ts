import { randomUUID } from 'node:crypto';
import { expectProblem, startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { reader } from '../structure/queries-http';
import { recordQueryScenario, SCRIPT, type QueryScenario } from '../../meetings/e2e/query-scenario';

describe.each(testEngines)('meeting queries on %s', (engine) => {
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

  it('lists meetings by date, by body and period', async () => {
    const all = await get('/meetings');
    expect(all.status).toBe(200);
    const dates = all.body.meetings.map((m: any) => m.date);
    expect(dates).toEqual([...dates].sort());
    const committee = await get('/meetings', { bodyId: s.stage.committee });
    expect(committee.body.meetings).toEqual([
      expect.objectContaining({
        id: s.nan.meetingId,
        body: {
          id: s.stage.committee,
          kind: 'working-committee',
          name: 'Näringslivs- och arbetsmarknadsnämndens arbetsutskott',
        },
        status: 'held',
        date: '2023-11-06',
        startedAt: '09:00',
        endedAt: '09:50',
        approvedOn: '2023-11-14',
        noticePostedOn: '2023-11-15',
      }),
      expect.objectContaining({ id: s.joint.meetingId, date: '2024-11-14' }),
    ]);
    const window = await get('/meetings', {
      bodyId: s.stage.group,
      from: '2024-02-01',
      to: '2024-05-02',
    });
    expect(window.body.meetings.map((m: any) => m.date)).toEqual(['2024-02-07', '2024-05-02']);
  });

  it('gives the whole minutes as data, names resolved, with the statutory deadlines', async () => {
    const response = await get(`/meetings/${s.nan.meetingId}`);
    expect(response.status).toBe(200);
    const minutes = response.body;
    expect(minutes).toMatchObject({
      status: 'held',
      date: '2023-11-06',
      place: 'Digitalt via Teams',
      approval: {
        chair: { id: s.people.pirrone, name: 'Antonella Pirrone' },
        adjusters: [{ name: 'Ola Hägg' }],
      },
      appealEndsOn: '2023-12-06',
      approvedInTime: true,
      noticeInTime: true,
    });
    expect(minutes.attendance.decisionMakers.map((a: any) => a.name)).toEqual([
      'Antonella Pirrone',
      'Håkan Svanberg',
      'Ola Hägg',
    ]);
    expect(minutes.items.map((i: any) => i.number).filter(Boolean)).toEqual(
      ['41', '42', '43', '44', '45', '46', '47', '48'].map((n) => `§ ${n}/23`),
    );
    const item46 = minutes.items.find((i: any) => i.number === '§ 46/23');
    expect(item46.notes).toContain('Petra Kålbäck och Håkan Svanberg (M) närvarade');
    const item42 = minutes.items.find((i: any) => i.number === '§ 42/23');
    expect(item42.decision.text).toBe(
      'Arbetsutskottet lämnar ärendet till nämnden utan eget ställningstagande.',
    );
    expect(item42.corrections).toEqual([
      expect.objectContaining({ why: 'Felskrivning vid justeringen' }),
    ]);
    expect(minutes.corrections).toHaveLength(1);
  });

  it('answers 404 MEETING.NOT_FOUND, as problem+json, for an unknown meeting', async () => {
    for (const path of ['', '/minutes.html', '/history']) {
      const response = await get(`/meetings/${randomUUID()}${path}`);
      expectProblem(response, 404, 'MEETING.NOT_FOUND');
    }
  });

  it('prints the minutes as a Swedish HTML document', async () => {
    const response = await get(`/meetings/${s.nan.meetingId}/minutes.html`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    const page = response.text;
    for (const heading of [
      'Sammanträdesprotokoll',
      'Plats och tid',
      'Beslutande',
      'Övriga deltagare',
      '§§ 41-48',
      'Underskrifter',
      'Anslag/Bevis',
      'Beslutsunderlag',
      'Skickas till',
    ]) {
      expect(page).toContain(heading);
    }
    expect(page.indexOf('<h2>§ 41/23</h2>')).toBeLessThan(page.indexOf('<h2>§ 48/23</h2>'));
  });

  it('escapes <script> from every text of the minutes', async () => {
    const response = await get(`/meetings/${s.scripted}/minutes.html`);
    expect(response.status).toBe(200);
    expect(response.text).not.toMatch(/<script/i);
    expect(response.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    // As data the text stays as written: escaping is the HTML's business.
    expect((await get(`/meetings/${s.scripted}`)).body.place).toBe(SCRIPT);
  });

  it("lists every event of the meeting's stream with who, when and why; both versions of a corrected item", async () => {
    const response = await get(`/meetings/${s.nan.meetingId}/history`);
    expect(response.status).toBe(200);
    const events = response.body.events;
    expect(events[0]).toMatchObject({
      revision: 0,
      type: 'MeetingScheduled',
      validFrom: '2023-11-06',
      actor: expect.objectContaining({ id: expect.any(String) }),
      recordedAt: expect.any(String),
      hash: expect.any(String),
    });
    const recorded = events.find(
      (e: any) => e.type === 'ItemRecorded' && e.data.item.number === 42,
    );
    const corrected = events.find((e: any) => e.type === 'ItemCorrected');
    expect(recorded.data.item.decision.text).toContain('inför utskick till nämnden');
    expect(corrected).toMatchObject({
      validFrom: '2023-11-20',
      data: {
        previous: recorded.data.item.decision.text,
        text: expect.stringContaining('utan eget ställningstagande'),
      },
    });
    const known = await get(`/meetings/${s.nan.meetingId}/history`, {
      knownAt: s.beforeCorrection,
    });
    expect(known.body.events.map((e: any) => e.type)).not.toContain('ItemCorrected');
    const dated = await get(`/meetings/${s.nan.meetingId}/history`, { asOf: '2023-11-06' });
    expect(dated.body.events.map((e: any) => e.type)).not.toContain('MinutesApproved');
  });
});
