import { randomUUID } from 'node:crypto';
import {
  AUDITORS_QUESTIONS,
  recordNynashamnInquiry,
  type NynashamnInquiry,
} from '../../../apps/cli/src/demo/nynashamn-inquiry.demo';
import {
  recordNynashamnMinutes,
  type NynashamnMinutes,
} from '../../../apps/cli/src/demo/nynashamn-minutes.demo';
import {
  recordNynashamn,
  type CommandAnswer,
  type SendCommand,
} from '../../../apps/cli/src/demo/nynashamn.demo';
import { nynashamnSeeds } from '@app/meetings';
import { expectProblem, startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { API } from '../structure/nynashamn-scenario';
import { reader } from '../structure/queries-http';
import { tokenFor } from '../structure/structure-api';
import { identityOf } from '../access/access-api';

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

/** The auditors' questions about Nynäshamnsmodellen, answered by NAN AU § 42/23, as the demo records them. */
describe.each(testEngines)("auditors' inquiries on %s", (engine) => {
  let api: TestApp;
  let minutes: NynashamnMinutes;
  let inquiry: NynashamnInquiry;
  let position: string;
  const get = (url: string, query: Record<string, string> = {}) =>
    reader(api, () => position)(url, query);
  const post = (url: string, body: object, token?: string) => {
    const request = api.http.post(`${API}${url}`).send(body);
    return token ? request.set('Authorization', `Bearer ${token}`) : request;
  };

  beforeAll(async () => {
    api = await startTestApp({ engine });
    minutes = await recordNynashamnMinutes(sender(api), await recordNynashamn(sender(api)));
    inquiry = await recordNynashamnInquiry(sender(api), minutes);
    position = inquiry.position;
  }, 240_000);
  afterAll(() => api.close());

  const nan = () => minutes.bodies[nynashamnSeeds.org.nan];

  it('shows the questions, each answered by § 42/23, and the inquiry answered', async () => {
    const response = await get(`/inquiries/${inquiry.inquiryId}`);
    expect(response.status).toBe(200);
    const meetingId = minutes.nanAu20231106.meetingId;
    const itemId = minutes.nanAu20231106.itemIds['nan-42'];
    expect(response.body).toMatchObject({
      id: inquiry.inquiryId,
      status: 'answered',
      receivedOn: '2023-09-01',
      reference: 'NAN/2023/0160/007',
      overdue: false,
      closed: null,
    });
    expect(response.body.addressedTo.map((board: any) => board.id)).toContain(nan());
    expect(response.body.questions).toEqual(
      AUDITORS_QUESTIONS.map((text, index) => ({
        id: String(index + 1),
        text,
        answer: {
          kind: 'decision',
          meetingId,
          itemId,
          answeredOn: '2023-11-06',
          number: '§ 42/23',
          href: `/api/v1/meetings/${meetingId}`,
        },
      })),
    );
    expect(response.body.history.map((entry: any) => entry.type)).toEqual([
      'InquiryReceived',
      'InquiryQuestionsAnswered',
    ]);
    expect(response.body.history[1]).toMatchObject({ reason: 'NAN AU 2023-11-06 § 42/23' });
  });

  it('keeps the history from a dashboard, which may read the inquiry but not history', async () => {
    const dashboard = await tokenFor(api, identityOf('dashboard', 'NAF'));
    const read = reader(api, () => position, dashboard);
    const response = await read(`/inquiries/${inquiry.inquiryId}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'answered', history: null });
    expect((await read(`/inquiries/${inquiry.inquiryId}/history`)).status).toBe(403);
  });

  it("links the trail's events to the assignment's and the inquiry's history", async () => {
    for (const entityKind of ['assignment', 'inquiry']) {
      const trail = await get('/audit/events', { entityKind, limit: '1' });
      const { entity } = trail.body.events[0];
      expect(entity.historyHref).toBe(`${entity.href}/history`);
      expect((await api.http.get(entity.historyHref)).status).toBe(200);
    }
  });

  it("pages the inquiry's history like every list: one event a page, then no next", async () => {
    const first = await get(`/inquiries/${inquiry.inquiryId}/history`, { limit: '1' });
    expect(first.body.history.map((entry: any) => entry.type)).toEqual(['InquiryReceived']);
    expect(first.headers.link).toBe(`<${first.body.next}>; rel="next"`);
    const second = await api.http.get(first.body.next);
    expect(second.body).toMatchObject({ id: inquiry.inquiryId, next: null });
    expect(second.body.history.map((entry: any) => entry.type)).toEqual([
      'InquiryQuestionsAnswered',
    ]);
  });

  it('lists inquiries by status and by the board asked', async () => {
    const answered = await get('/inquiries', { status: 'answered', organisationId: nan() });
    expect(answered.body.inquiries.map((entry: any) => entry.id)).toEqual([inquiry.inquiryId]);
    expect(answered.body.next).toBeNull();
    expect((await get('/inquiries', { status: 'open' })).body.inquiries).toEqual([]);
    expect((await get('/inquiries', { organisationId: randomUUID() })).body.inquiries).toEqual([]);
  });

  it('lets an auditor receive an inquiry but not answer it; a secretary answers in writing and closes it', async () => {
    const auditor = await tokenFor(api, identityOf('auditor', 'REV'));
    const secretary = await tokenFor(api, identityOf('secretary', 'NAF'));
    const received = await post(
      '/inquiries',
      {
        receivedOn: '2024-02-01',
        from: 'De förtroendevalda revisorerna',
        subject: 'Uppföljning',
        addressedTo: [nan()],
        questions: ['Hur följs arbetet upp?', 'När kommer samverkansavtalet?'],
        dueOn: '2024-03-01',
      },
      auditor,
    );
    expect(received.status).toBe(201);
    const id = received.body.id;
    const written = {
      questionIds: ['1', '2'],
      answer: {
        kind: 'written',
        text: 'Genom spindeldiagrammet.',
        documentReference: 'NAN/2024/12',
      },
      answeredOn: '2024-02-20',
    };
    expectProblem(await post(`/inquiries/${id}/answers`, written, auditor), 403, 'AUTH.FORBIDDEN');
    expectProblem(
      await post(`/inquiries/${id}/close`, { closedOn: '2024-02-21' }, secretary),
      409,
      'INQUIRY.QUESTIONS_OPEN',
    );
    expect((await post(`/inquiries/${id}/answers`, written, secretary)).status).toBe(201);
    const closed = await post(`/inquiries/${id}/close`, { closedOn: '2024-02-21' }, secretary);
    expect(closed.status).toBe(200);
    position = closed.body.position;
    const view = await get(`/inquiries/${id}`);
    expect(view.body).toMatchObject({ status: 'closed', closed: { closedOn: '2024-02-21' } });
    expect((await get('/inquiries', { status: 'closed' })).body.inquiries).toHaveLength(1);
  });

  it('refuses what breaks a rule with its code, and malformed input with 400', async () => {
    const id = inquiry.inquiryId;
    expectProblem(
      await post(`/inquiries/${id}/answers`, {
        questionIds: ['1'],
        answer: { kind: 'written', text: 'Igen' },
        answeredOn: '2023-12-01',
      }),
      409,
      'INQUIRY.QUESTION_ALREADY_ANSWERED',
    );
    const fresh = await post('/inquiries', {
      receivedOn: '2024-05-01',
      from: 'Revisorerna',
      subject: 'Fråga',
      addressedTo: [nan()],
      questions: ['Varför?'],
    });
    expectProblem(
      await post(`/inquiries/${fresh.body.id}/answers`, {
        questionIds: ['1'],
        answer: {
          kind: 'decision',
          meetingId: minutes.nanAu20231106.meetingId,
          itemId: randomUUID(),
        },
        answeredOn: '2024-05-02',
      }),
      422,
      'INQUIRY.ITEM_NOT_FOUND',
    );
    expectProblem(
      await post(`/inquiries/${randomUUID()}/close`, { closedOn: '2024-01-01' }),
      404,
      'INQUIRY.NOT_FOUND',
    );
    expectProblem(
      await post('/inquiries', {
        receivedOn: '2024-05-01',
        from: 'R',
        subject: 'S',
        addressedTo: [],
        questions: [],
      }),
      400,
      'REQUEST.VALIDATION_FAILED',
    );
    expectProblem(await get(`/inquiries/${randomUUID()}`), 404, 'INQUIRY.NOT_FOUND');
  });

  it('keeps dates as the source gives them: received 2019, due 2019-12, overdue after December', async () => {
    const old = await post('/inquiries', {
      receivedOn: '2019',
      from: 'De förtroendevalda revisorerna',
      subject: 'Granskning av samverkan',
      addressedTo: [nan()],
      questions: ['Hur samverkar nämnderna?'],
      dueOn: '2019-12',
    });
    expect(old.status).toBe(201);
    position = old.body.position;
    expect((await get(`/inquiries/${old.body.id}`)).body).toMatchObject({
      receivedOn: '2019',
      dueOn: '2019-12',
      status: 'open',
      overdue: true,
    });
    const answered = await post(`/inquiries/${old.body.id}/answers`, {
      questionIds: ['1'],
      answer: { kind: 'written', text: 'Genom Nynäshamnsmodellen.' },
      answeredOn: '2020-01',
    });
    expect(answered.status).toBe(201);
    position = answered.body.position;
    expect((await get(`/inquiries/${old.body.id}`)).body).toMatchObject({ status: 'answered' });
    expectProblem(
      await post('/inquiries', {
        receivedOn: '2019-09-15',
        from: 'R',
        subject: 'S',
        addressedTo: [nan()],
        questions: ['Varför?'],
        dueOn: '2019-08',
      }),
      422,
      'INQUIRY.DUE_BEFORE_RECEIVED',
    );
    expectProblem(
      await post('/inquiries', {
        receivedOn: 'hösten 2019',
        from: 'R',
        subject: 'S',
        addressedTo: [nan()],
        questions: ['Varför?'],
      }),
      400,
      'REQUEST.VALIDATION_FAILED',
    );
  });

  // Run last, when the list holds every inquiry recorded above (received 2019, 2023 and 2024).
  it('walks the inquiries one a page through next, each once, by the day they came', async () => {
    const whole = await get('/inquiries');
    expect(whole.body.inquiries.length).toBeGreaterThanOrEqual(3);
    const ids: string[] = [];
    let next: string | null = `/api/v1/inquiries?limit=1&consistentWith=${position}`;
    while (next) {
      const page: any = await api.http.get(next);
      expect(page.status).toBe(200);
      expect(page.body.inquiries.length).toBeLessThanOrEqual(1);
      ids.push(...page.body.inquiries.map((entry: any) => entry.id));
      next = page.body.next;
    }
    expect(ids).toEqual(whole.body.inquiries.map((entry: any) => entry.id));
  });
});
