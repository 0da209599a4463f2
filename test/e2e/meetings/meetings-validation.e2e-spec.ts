import { randomUUID } from 'node:crypto';
import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { API, expectInvalid, headOf } from './meetings-api';

/** Malformed bodies on every meetings command endpoint: 400, naming each field, nothing written. */
describe.each(testEngines)('meetings command validation on %s', (engine) => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ engine });
  });
  afterAll(() => api.close());

  const id = randomUUID();
  const itemId = randomUUID();
  const person = randomUUID();
  const schedule = {
    body: { kind: 'working-committee', id },
    scheduledFor: { date: '2023-11-06', time: '09:00' },
    format: 'remote',
  };
  const held = {
    startedAt: '09:00',
    endedAt: '09:50',
    attendance: [{ personId: person, capacity: 'decision-maker' }],
  };
  const item = { number: 42, title: '§ 42', kind: 'decision' };
  const approval = { approvedOn: '2023-11-14', chairId: person, adjusterIds: [randomUUID()] };
  const correction = { field: 'decision', text: 'T', why: 'Skrivfel', correctedOn: '2023-11-20' };
  const issue = {
    meetingId: id,
    itemId,
    owedBy: { organisationId: id },
    what: 'Komplettera',
    issuedOn: '2023-11-06',
  };
  const m = `/meetings/${id}`;
  const a = `/assignments/${id}`;

  it.each<[string, string, object, string[]]>([
    ['schedule: nothing', '/meetings', {}, ['body', 'scheduledFor']],
    [
      'schedule: an unknown body kind and a body id that is no UUID',
      '/meetings',
      { ...schedule, body: { kind: 'administration', id: 'nan-au' } },
      ['body.kind', 'body.id'],
    ],
    [
      'schedule: an impossible date and time',
      '/meetings',
      { ...schedule, scheduledFor: { date: '2023-02-30', time: '9.00' } },
      ['scheduledFor.date', 'scheduledFor.time'],
    ],
    ['schedule: an unknown format', '/meetings', { ...schedule, format: 'video' }, ['format']],
    ['schedule: a place too long', '/meetings', { ...schedule, place: 'x'.repeat(201) }, ['place']],
    ['schedule: an unknown field', '/meetings', { ...schedule, bodyId: id }, ['bodyId']],
    [
      'schedule: a nested unknown field',
      '/meetings',
      { ...schedule, body: { kind: 'board', id, name: 'NAN' } },
      ['body.name'],
    ],
    [
      'schedule: a reason too long',
      '/meetings',
      { ...schedule, reason: 'x'.repeat(1001) },
      ['reason'],
    ],
    ['reschedule: no date', `${m}/reschedule`, { scheduledFor: {} }, ['scheduledFor.date']],
    [
      'cancel: a timestamp for a date',
      `${m}/cancel`,
      { cancelledOn: '2023-11-01T10:00:00Z' },
      ['cancelledOn'],
    ],
    [
      'held: times out of range',
      `${m}/held`,
      { ...held, startedAt: '24:00', endedAt: '09:60' },
      ['startedAt', 'endedAt'],
    ],
    [
      'held: an unknown flag, presiding person and office of the absent',
      `${m}/held`,
      {
        ...held,
        documented: 'no',
        presidedBy: 'chair',
        absences: [{ personId: person, office: 'king' }],
      },
      ['documented', 'presidedBy', 'absences.0.office'],
    ],
    [
      'held: an attendee with an unknown capacity and a bad arrival',
      `${m}/held`,
      {
        ...held,
        attendance: [{ personId: person, capacity: 'member', arrivingAt: 'late', remote: 'yes' }],
      },
      ['attendance.0.capacity', 'attendance.0.arrivingAt', 'attendance.0.remote'],
    ],
    [
      'held: an adjournment without its end, and an absence without a person',
      `${m}/held`,
      { ...held, adjournments: [{ from: '09:10' }], absences: [{ reason: 'Sjuk' }] },
      ['adjournments.0.to', 'absences.0.personId'],
    ],
    [
      'held: too many adjournments',
      `${m}/held`,
      { ...held, adjournments: Array.from({ length: 21 }, () => ({ from: '09:10', to: '09:11' })) },
      ['adjournments'],
    ],
    ['item: nothing', `${m}/items`, {}, ['title', 'kind']],
    [
      'item: a number that is no whole number from 1, and an unknown kind',
      `${m}/items`,
      { ...item, number: 0.5, kind: 'motion' },
      ['number', 'kind'],
    ],
    ['item: a blank title', `${m}/items`, { ...item, title: '   ' }, ['title']],
    [
      'item: a decision with votes that are no counts and a reservation without a person',
      `${m}/items`,
      {
        ...item,
        decision: {
          text: 'Bifall',
          form: 'veto',
          votes: { yes: -1, no: 'two', abstained: 0 },
          reservations: [{}],
        },
      },
      [
        'decision.form',
        'decision.votes.yes',
        'decision.votes.no',
        'decision.reservations.0.personId',
      ],
    ],
    [
      'item: motions, documents, recipients and presenters malformed',
      `${m}/items`,
      {
        ...item,
        motions: [{ personId: 'p-1', text: '' }],
        basisDocuments: [{ reference: 'x' }],
        recipients: ['Akten'],
        presentedBy: ['p-1'],
      },
      [
        'motions.0.personId',
        'motions.0.text',
        'basisDocuments.0.title',
        'recipients',
        'recipients.0',
        'presentedBy',
      ],
    ],
    ['amend: a position of 0', `${m}/items/${itemId}/amend`, { position: 0 }, ['position']],
    ['amend: an unknown field', `${m}/items/${itemId}/amend`, { itemId }, ['itemId']],
    ['remove: an unknown field', `${m}/items/${itemId}/remove`, { number: 1 }, ['number']],
    [
      'correct: an uncorrectable field and no reason why',
      `${m}/items/${itemId}/correct`,
      { ...correction, field: 'kind', why: undefined },
      ['field', 'why'],
    ],
    [
      'correct: a negative motion',
      `${m}/items/${itemId}/correct`,
      { ...correction, motionIndex: -1 },
      ['motionIndex'],
    ],
    [
      'approve: no adjuster, a chair that is no UUID',
      `${m}/minutes/approve`,
      { ...approval, chairId: 'ordf', adjusterIds: [] },
      ['chairId', 'adjusterIds'],
    ],
    [
      'approve: a bad time',
      `${m}/minutes/approve`,
      { ...approval, approvedAt: '10:00:00' },
      ['approvedAt'],
    ],
    [
      'notice: no place the minutes are kept, a bad date',
      `${m}/minutes/notice`,
      { postedOn: '15/11/2023' },
      ['postedOn', 'minutesKeptAt'],
    ],
    ['issue: nothing', '/assignments', {}, ['meetingId', 'itemId', 'owedBy', 'what', 'issuedOn']],
    [
      'issue: a debtor without organisation',
      '/assignments',
      { ...issue, owedBy: { personId: person } },
      ['owedBy.organisationId'],
    ],
    [
      'report-back: an unknown form and no summary',
      `${a}/report-back`,
      { deliveredOn: '2023-11-27', form: 'email' },
      ['form', 'summary'],
    ],
    [
      'extend: no reason why',
      `${a}/extend`,
      { dueOn: '2024-01-15', extendedOn: '2023-11-28' },
      ['why'],
    ],
    ['withdraw: no date', `${a}/withdraw`, { why: 'Ersatt' }, ['withdrawnOn']],
  ])('%s', async (_name, url, body, fields) => {
    const before = await headOf(api);
    expectInvalid(await api.http.post(`${API}${url}`).send(body), fields);
    expect(await headOf(api)).toBe(before);
  });

  it.each([
    `/meetings/nope/cancel`,
    `/meetings/${id}/items/nope/remove`,
    `/assignments/nope/withdraw`,
  ])('refuses a path id that is no UUID: %s', async (url) => {
    const response = await api.http.post(`${API}${url}`).send({});
    expectInvalid(response, [url.includes('/items/') ? 'itemId' : 'id']);
  });

  it('refuses a malformed If-Match before anything is read', async () => {
    const response = await api.http
      .post(`${API}/meetings/${id}/cancel`)
      .set('If-Match', 'latest')
      .send({ cancelledOn: '2023-11-01' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('REQUEST.INVALID_IF_MATCH');
  });
});
