import { nynashamnSeeds } from '@app/meetings';
import {
  recordNynashamnMinutes,
  type NynashamnMinutes,
} from '../../../apps/cli/src/demo/nynashamn-minutes.demo';
import {
  recordNynashamn,
  type CommandAnswer,
  type Nynashamn,
  type SendCommand,
} from '../../../apps/cli/src/demo/nynashamn.demo';
import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { API } from '../structure/nynashamn-scenario';
import { reader } from '../structure/queries-http';

const { DECISION_42 } = nynashamnSeeds;

/** The demo's sender on the test app: POST under the API with the step's Idempotency-Key. */
const sender =
  (api: TestApp): SendCommand =>
  async (path, body, idempotencyKey) => {
    const response = await api.http
      .post(`${API}${path}`)
      .set('Idempotency-Key', idempotencyKey)
      .send(body);
    if (response.status !== 201 && response.status !== 200) {
      throw new Error(`POST ${path}: ${response.status} ${response.text}`);
    }
    return response.body as CommandAnswer;
  };

/** The § headings of the printed paragraphs ("§ 42/23"), in document order. */
const paragraphHeadings = (page: string) =>
  [...page.matchAll(/<h2>(§ \d+\/\d\d)<\/h2>/g)].map((match) => match[1]);

/**
 * Both seed minutes, recorded as `cli demo` records them (apps/cli/src/demo), then read back
 * through the query endpoints: the register, the minutes as data and as a document, the
 * assignments and a meeting's history.
 */
describe.each(testEngines)('the Nynäshamn minutes of the demo on %s', (engine) => {
  let api: TestApp;
  let structure: Nynashamn;
  let minutes: NynashamnMinutes;
  let position: string;
  const get = (url: string, query: Record<string, string> = {}) =>
    reader(api, () => position)(url, query);

  beforeAll(async () => {
    api = await startTestApp({ engine });
    structure = await recordNynashamn(sender(api));
    minutes = await recordNynashamnMinutes(sender(api), structure);
    position = minutes.position;
  }, 180_000);
  afterAll(() => api.close());

  it('finds § 42/23 in the decision register by its case number, appealable until 2023-12-06', async () => {
    const response = await get('/decisions', { caseNumber: 'NAN/2023/0160/007' });
    expect(response.status).toBe(200);
    expect(response.body.decisions).toEqual([
      expect.objectContaining({
        body: expect.objectContaining({
          id: minutes.bodies['org-nan-au'],
          name: 'Näringslivs- och arbetsmarknadsnämndens arbetsutskott',
        }),
        meeting: { id: minutes.nanAu20231106.meetingId, date: '2023-11-06' },
        itemId: minutes.nanAu20231106.itemIds['nan-42'],
        number: '§ 42/23',
        caseNumber: 'NAN/2023/0160/007',
        title: 'Svar på revisorernas frågor angående Nynäshamnsmodellen',
        decision: DECISION_42,
        form: 'proposal-to-board',
        approvedOn: '2023-11-14',
        noticePostedOn: '2023-11-15',
        // Three weeks from the day the notice went up (2023-11-15).
        appealEndsOn: '2023-12-06',
      }),
    ]);
  });

  it('shows the 2024 sitting: Lena Poolsaar remote from 09:14, adjourned 10:14-10:19', async () => {
    const response = await get(`/meetings/${minutes.jointAu20241114.meetingId}`);
    expect(response.status).toBe(200);
    const sitting = response.body;
    expect(sitting).toMatchObject({
      body: { id: minutes.bodies['org-joint-au'], kind: 'joint-working-committee' },
      date: '2024-11-14',
      startedAt: '09:05',
      endedAt: '10:59',
      format: 'hybrid',
      adjournments: [{ from: '10:14', to: '10:19' }],
      approval: {
        approvedOn: '2024-11-18',
        adjusters: [{ name: 'Christina Sönnergren' }, { name: 'Ola Hägg' }],
        secretary: { name: 'Jennie Örjes' },
      },
      notice: { postedOn: '2024-11-19', takenDownOn: '2024-12-11' },
    });
    expect(sitting.attendance.decisionMakers).toHaveLength(12);
    const poolsaar = sitting.attendance.decisionMakers.find(
      (a: any) => a.id === minutes.people.poolsaar,
    );
    expect(poolsaar).toMatchObject({
      name: 'Lena Poolsaar',
      party: 'M',
      remote: true,
      arrivingAt: '09:14',
    });
    const nyberg = sitting.attendance.others.find((a: any) => a.id === minutes.people.nyberg);
    expect(nyberg).toMatchObject({ name: 'Åsa Nyberg', leavingAt: '09:45' });
    // The structure demo's people, reused: the same person, not a namesake.
    expect(sitting.attendance.others.map((a: any) => a.id)).toEqual(
      expect.arrayContaining([structure.olsson, structure.kalback, structure.landberg]),
    );
  });

  it.each([
    ['nanAu20231106', [41, 42, 43, 44, 45, 46, 47, 48].map((n) => `§ ${n}/23`)],
    ['jointAu20241114', [78, 79, 80, 81].map((n) => `§ ${n}/24`)],
  ] as const)('prints every paragraph of %s, in order', async (which, numbers) => {
    const seed = nynashamnSeeds[which];
    const meeting = minutes[which];
    const response = await get(`/meetings/${meeting.meetingId}/minutes.html`);
    expect(response.status).toBe(200);
    const page = response.text;
    expect(paragraphHeadings(page)).toEqual(numbers);
    // Each numbered paragraph's title stands under its own heading, before the next one's.
    const numbered = seed.flatMap((c) =>
      c.type === 'RecordItem' && c.data.number != null ? [c.data] : [],
    );
    numbered.forEach((item, index) => {
      const start = page.indexOf(`<h2>${numbers[index]}</h2>`);
      const end =
        index + 1 < numbers.length ? page.indexOf(`<h2>${numbers[index + 1]}</h2>`) : page.length;
      expect(page.slice(start, end)).toContain(item.title);
    });
  });

  it('lists the assignment of § 42/23, owed by NAF by the occasion rather than a date', async () => {
    const response = await get('/assignments');
    expect(response.status).toBe(200);
    expect(response.body.assignments).toEqual([
      expect.objectContaining({
        id: minutes.assignment42,
        status: 'open',
        source: expect.objectContaining({
          meeting: { id: minutes.nanAu20231106.meetingId, date: '2023-11-06' },
          itemId: minutes.nanAu20231106.itemIds['nan-42'],
          number: '§ 42/23',
          caseNumber: 'NAN/2023/0160/007',
        }),
        owedBy: { organisation: expect.objectContaining({ id: structure.naf }), person: null },
        what: 'Komplettera ärendet med en beskrivning av Nynäshamnsmodellen',
        issuedOn: '2023-11-06',
        dueOn: null,
        dueNote: 'inför utskick till nämnden',
      }),
    ]);
  });

  it('records nothing more when the demo runs again', async () => {
    const ids = [minutes.nanAu20231106.meetingId, minutes.jointAu20241114.meetingId];
    const histories = async () =>
      Promise.all(ids.map(async (id) => (await get(`/meetings/${id}/history`)).body.events.length));
    const before = await histories();
    const again = await recordNynashamnMinutes(sender(api), await recordNynashamn(sender(api)));
    expect(again).toEqual(minutes);
    expect(await histories()).toEqual(before);
  });

  it('keeps both versions of § 42/23 after a correction of the approved minutes', async () => {
    const { meetingId, itemIds } = minutes.nanAu20231106;
    const itemId = itemIds['nan-42'];
    const corrected = `${DECISION_42} Rättelse: beskrivningen bifogas.`;
    const beforeCorrection = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const response = await api.http
      .post(`${API}/meetings/${meetingId}/items/${itemId}/correct`)
      .send({
        field: 'decision',
        text: corrected,
        why: 'Felskrivning vid justeringen',
        correctedOn: '2023-11-20',
      });
    expect(response.status).toBe(200);
    position = response.body.position;

    const history = await get(`/meetings/${meetingId}/history`);
    expect(history.status).toBe(200);
    const events = history.body.events as any[];
    const recorded = events.find((e) => e.type === 'ItemRecorded' && e.data.item.itemId === itemId);
    expect(recorded.data.item.decision.text).toBe(DECISION_42);
    expect(events.at(-1)).toMatchObject({
      type: 'ItemCorrected',
      data: { itemId, field: 'decision', previous: DECISION_42, text: corrected },
    });

    const now = (await get(`/meetings/${meetingId}`)).body;
    const item42 = now.items.find((i: any) => i.id === itemId);
    expect(item42.decision.text).toBe(corrected);
    expect(item42.corrections).toEqual([
      expect.objectContaining({
        previous: DECISION_42,
        text: corrected,
        correctedOn: '2023-11-20',
      }),
    ]);

    // An auditor asks what the approved minutes said before the correction was recorded.
    const then = await get(`/meetings/${meetingId}?knownAt=${beforeCorrection}`);
    expect(then.status).toBe(200);
    const item42then = then.body.items.find((i: any) => i.id === itemId);
    expect(item42then.decision.text).toBe(DECISION_42);
    expect(item42then.corrections).toEqual([]);
    const page = await get(`/meetings/${meetingId}/minutes.html?knownAt=${beforeCorrection}`);
    expect(page.text).toContain('lämnar ärendet till nämnden utan eget ställningstagande');
    expect(page.text).not.toContain('Rättelse: beskrivningen bifogas');
    expect((await get(`/meetings/${meetingId}/minutes.html`)).text).toContain(
      'Rättelse: beskrivningen bifogas',
    );
  });

  it('answers 404 for minutes asked as known before anything was recorded', async () => {
    const { meetingId } = minutes.nanAu20231106;
    const response = await get(`/meetings/${meetingId}?knownAt=2020-01-01T00:00:00Z`);
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('MEETING.NOT_FOUND');
  });
});
