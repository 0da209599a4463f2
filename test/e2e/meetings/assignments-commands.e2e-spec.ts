import { randomUUID } from 'node:crypto';
import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import {
  bodyStage,
  eventsOf,
  expectCommand,
  expectInvalid,
  expectRefused,
  type BodyStage,
} from './meetings-api';

/** Assignments a decision gives, and how each ends: reported back, extended, withdrawn. */
describe.each(testEngines)('assignment commands on %s', (engine) => {
  let api: TestApp;
  let stage: BodyStage;
  let meetingId: string;
  let decided: string;
  let information: string;
  beforeAll(async () => {
    api = await startTestApp({ engine });
    stage = await bodyStage(api);
    const { meetings } = stage;
    meetingId = await meetings.schedule({
      body: stage.bodyOf.committee,
      scheduledFor: { date: '2023-11-06' },
      format: 'remote',
    });
    await meetings.ok(
      meetings.send.held(meetingId, {
        startedAt: '09:00',
        endedAt: '09:50',
        attendance: [
          { personId: stage.people.pirrone, capacity: 'decision-maker', office: 'chair' },
        ],
      }),
    );
    decided = await meetings.item(meetingId, {
      number: 42,
      title: 'Svar på revisorernas frågor angående Nynäshamnsmodellen',
      kind: 'decision',
      decision: {
        text: 'Ärendet ska kompletteras inför utskick till nämnden.',
        form: 'proposal-to-board',
      },
    });
    information = await meetings.item(meetingId, {
      number: 43,
      title: 'Aktuellt från förvaltningen',
      kind: 'information',
    });
  });
  afterAll(() => api.close());

  const issue = (over: object = {}) => ({
    meetingId,
    itemId: decided,
    owedBy: { organisationId: stage.administration },
    what: 'Komplettera ärendet med en beskrivning av Nynäshamnsmodellen',
    issuedOn: '2023-11-06',
    dueOn: '2023-12-01',
    ...over,
  });

  it("issues an assignment from a board's plan (POST /assignments/from-plan)", async () => {
    const plan = {
      bodyId: stage.board,
      title: 'Nämndplan 2024',
      adoptionReference: 'NAN/2023/0201',
      adoptedOn: '2023-12-12',
    };
    const fromPlan = (over: object = {}) =>
      stage.meetings.post('/assignments/from-plan', {
        plan,
        owedBy: { organisationId: stage.administration },
        what: 'Ta fram en plan för feriearbeten',
        issuedOn: '2024-01-01',
        dueOn: '2024-06-30',
        ...over,
      });
    const { id } = await expectCommand(await fromPlan(), 201);
    await api.settled();
    const read = await api.http.get(`/api/v1/assignments/${id}`);
    expect(read.status).toBe(200);
    const { bodyId, ...document } = plan;
    expect(read.body.source).toMatchObject({ kind: 'plan', ...document, body: { id: bodyId } });
    await expectRefused(
      api,
      () => fromPlan({ issuedOn: '2023-12-01' }),
      422,
      'ASSIGNMENT.BEFORE_ADOPTION',
    );
    expectInvalid(await fromPlan({ plan: { bodyId: stage.board } }), [
      'plan.title',
      'plan.adoptionReference',
      'plan.adoptedOn',
    ]);
  });

  it('issues an assignment from a decision item (201), with its body and debtor', async () => {
    const response = await stage.meetings.send.issue(
      issue({ dueOn: null, dueNote: 'inför utskick till nämnden' }),
    );
    const { id, revision } = await expectCommand(response, 201);
    expect(revision).toBe(0);
    expect(await eventsOf(api, `assignment-${id}`)).toMatchObject([
      {
        type: 'AssignmentIssued',
        data: {
          assignmentId: id,
          source: { kind: 'decision', meetingId, itemId: decided, bodyId: stage.committee },
          owedBy: { organisationId: stage.administration, personId: null },
          jointlyWith: [],
          dueOn: null,
          dueNote: 'inför utskick till nämnden',
        },
        metadata: { validFrom: '2023-11-06' },
      },
    ]);
  });

  it('refuses an assignment without a decision behind it, or dated before it', async () => {
    const { send } = stage.meetings;
    const unknownItem = issue({ itemId: randomUUID() });
    await expectRefused(api, () => send.issue(unknownItem), 422, 'ASSIGNMENT.SOURCE_NOT_FOUND');
    const unknownMeeting = issue({ meetingId: randomUUID() });
    await expectRefused(api, () => send.issue(unknownMeeting), 422, 'ASSIGNMENT.SOURCE_NOT_FOUND');
    const undecided = issue({ itemId: information });
    await expectRefused(api, () => send.issue(undecided), 409, 'ASSIGNMENT.SOURCE_NOT_DECISION');
    const early = issue({ issuedOn: '2023-11-05' });
    await expectRefused(api, () => send.issue(early), 422, 'ASSIGNMENT.BEFORE_DECISION');
    const dueEarly = issue({ dueOn: '2023-11-01' });
    await expectRefused(api, () => send.issue(dueEarly), 422, 'ASSIGNMENT.DUE_BEFORE_ISSUE');
  });

  it('reports an open assignment back, once; then it is no longer open', async () => {
    const id = await stage.meetings.issue(issue());
    const { send } = stage.meetings;
    const report = {
      deliveredOn: '2023-11-27',
      meetingId,
      itemId: information,
      form: 'written',
      summary: 'Beskrivningen av Nynäshamnsmodellen bifogad',
    };
    await expectRefused(
      api,
      () => send.reportBack(id, { ...report, meetingId: null }),
      422,
      'ASSIGNMENT.ITEM_WITHOUT_MEETING',
    );
    // A report given in a meeting names a held meeting and one of its items.
    await expectRefused(
      api,
      () => send.reportBack(id, { ...report, meetingId: randomUUID() }),
      422,
      'ASSIGNMENT.REPORT_MEETING_NOT_FOUND',
    );
    const booked = await stage.meetings.schedule({
      body: stage.bodyOf.committee,
      scheduledFor: { date: '2023-12-04' },
    });
    await expectRefused(
      api,
      () => send.reportBack(id, { ...report, meetingId: booked, itemId: null }),
      422,
      'ASSIGNMENT.REPORT_MEETING_NOT_HELD',
    );
    await expectRefused(
      api,
      () => send.reportBack(id, { ...report, itemId: randomUUID() }),
      422,
      'ASSIGNMENT.REPORT_ITEM_NOT_FOUND',
    );
    // Held on 2023-12-04, the meeting cannot have heard a report dated 2023-11-27.
    await stage.meetings.ok(
      send.held(booked, {
        attendance: [{ personId: stage.people.pirrone, capacity: 'decision-maker' }],
      }),
    );
    const later = await stage.meetings.item(booked, {
      number: 50,
      title: 'Återrapportering',
      kind: 'information',
    });
    await expectRefused(
      api,
      () => send.reportBack(id, { ...report, meetingId: booked, itemId: later }),
      422,
      'ASSIGNMENT.REPORT_BEFORE_MEETING',
    );
    const early = { ...report, deliveredOn: '2023-11-01' };
    await expectRefused(
      api,
      () => send.reportBack(id, early),
      422,
      'ASSIGNMENT.BEFORE_LAST_CHANGE',
    );
    const reported = await stage.meetings.ok(send.reportBack(id, report));
    expect(reported).toMatchObject({ id, revision: 1 });
    expect((await eventsOf(api, `assignment-${id}`)).at(-1)).toMatchObject({
      type: 'AssignmentReportedBack',
      data: { deliveredOn: '2023-11-27', meetingId, itemId: information, form: 'written' },
    });
    await expectRefused(api, () => send.reportBack(id, report), 409, 'ASSIGNMENT.NOT_OPEN');
    const extension = { dueOn: '2024-01-15', why: 'Omorganisation', extendedOn: '2023-11-28' };
    await expectRefused(api, () => send.extend(id, extension), 409, 'ASSIGNMENT.NOT_OPEN');
    await expectRefused(
      api,
      () => send.withdraw(id, { withdrawnOn: '2023-11-28' }),
      409,
      'ASSIGNMENT.NOT_OPEN',
    );
  });

  it('issues an assignment owed jointly, reported once each debtor has reported its part', async () => {
    const buf = stage.known['org-buf']!;
    const { send } = stage.meetings;
    const id = await stage.meetings.issue(issue({ jointlyWith: [{ organisationId: buf }] }));
    const part = { deliveredOn: '2023-11-20', form: 'oral', summary: 'Muntligt' };
    const other = randomUUID();
    await expectRefused(
      api,
      () => send.reportBack(id, { ...part, organisationId: other }),
      422,
      'ASSIGNMENT.NOT_A_DEBTOR',
    );
    await stage.meetings.ok(send.reportBack(id, { ...part, organisationId: buf }));
    await expectRefused(api, () => send.reportBack(id, part), 409, 'ASSIGNMENT.ALREADY_REPORTED');
    const done = await stage.meetings.ok(
      send.reportBack(id, {
        ...part,
        deliveredOn: '2023-11-24',
        organisationId: stage.administration,
      }),
    );
    const list = await api.http
      .get('/api/v1/assignments')
      .query({ organisationId: buf, asOf: '2023-11-22', consistentWith: done.position });
    expect(list.body.assignments.find((a: { id: string }) => a.id === id)).toMatchObject({
      status: 'open',
      jointlyWith: [{ organisation: { id: buf } }],
      reportedBy: [buf],
      reportBack: null,
    });
    const later = await api.http
      .get('/api/v1/assignments')
      .query({ organisationId: buf, asOf: '2023-11-24' });
    expect(later.body.assignments.find((a: { id: string }) => a.id === id)).toMatchObject({
      status: 'reported',
      reportedBy: [stage.administration, buf],
      reportBack: { deliveredOn: '2023-11-24', organisationId: stage.administration, inTime: true },
    });
  });

  it('keeps a due date known to the month as given: due at its end, overdue the next day', async () => {
    const { id, position } = await expectCommand(
      await stage.meetings.send.issue(issue({ dueOn: '2023-12' })),
      201,
    );
    expect(await eventsOf(api, `assignment-${id}`)).toMatchObject([
      { data: { dueOn: '2023-12' }, metadata: { validFrom: '2023-11-06' } },
    ]);
    const on = async (asOf: string) =>
      (
        await api.http
          .get(`/api/v1/assignments/${id}`)
          .query({ asOf, consistentWith: position })
          .expect(200)
      ).body;
    expect(await on('2023-12-31')).toMatchObject({
      status: 'open',
      dueOn: '2023-12',
      certainty: 'certain',
    });
    expect(await on('2024-01-01')).toMatchObject({ status: 'overdue', dueOn: '2023-12' });
    const certainlyEarly = issue({ dueOn: '2023-10' });
    await expectRefused(
      api,
      () => stage.meetings.send.issue(certainlyEarly),
      422,
      'ASSIGNMENT.DUE_BEFORE_ISSUE',
    );
    expectInvalid(await stage.meetings.send.issue(issue({ dueOn: 'december 2023' })), ['dueOn']);
  });

  it('shows the status as uncertain while its issue, known to the year, may not have come', async () => {
    const { id, position } = await expectCommand(
      await stage.meetings.send.issue(issue({ issuedOn: '2023', dueOn: '2024' })),
      201,
    );
    const list = async (asOf: string) =>
      (
        await api.http
          .get('/api/v1/assignments')
          .query({ asOf, consistentWith: position })
          .expect(200)
      ).body.assignments.find((entry: { id: string }) => entry.id === id);
    expect(await list('2023-06-01')).toMatchObject({
      issuedOn: '2023',
      dueOn: '2024',
      status: 'open',
      certainty: 'uncertain',
    });
    expect(await list('2024-01-01')).toMatchObject({ status: 'open', certainty: 'certain' });
  });

  it('extends an open assignment to a later date, and withdraws it', async () => {
    const id = await stage.meetings.issue(issue());
    const { send } = stage.meetings;
    const extension = { dueOn: '2024-01-15', why: 'Omorganisation', extendedOn: '2023-11-28' };
    const notLater = { ...extension, dueOn: '2023-11-30' };
    await expectRefused(
      api,
      () => send.extend(id, notLater),
      422,
      'ASSIGNMENT.EXTENSION_NOT_LATER',
    );
    const pastDue = { ...extension, dueOn: '2023-12-10', extendedOn: '2023-12-11' };
    await expectRefused(
      api,
      () => send.extend(id, pastDue),
      422,
      'ASSIGNMENT.DUE_BEFORE_EXTENSION',
    );
    await stage.meetings.ok(send.extend(id, extension));
    await stage.meetings.ok(
      send.withdraw(id, { withdrawnOn: '2024-01-10', why: 'Ersatt av nytt uppdrag' }),
    );
    expect(
      (await eventsOf(api, `assignment-${id}`)).map((e) => [e.type, e.metadata.validFrom]),
    ).toEqual([
      ['AssignmentIssued', '2023-11-06'],
      ['AssignmentExtended', '2023-11-28'],
      ['AssignmentWithdrawn', '2024-01-10'],
    ]);
    const report = { deliveredOn: '2024-01-11', form: 'oral', summary: 'Muntlig redovisning' };
    await expectRefused(api, () => send.reportBack(id, report), 409, 'ASSIGNMENT.NOT_OPEN');
  });

  it('answers 404 for an assignment that does not exist', async () => {
    const { send } = stage.meetings;
    const id = randomUUID();
    const report = { deliveredOn: '2024-01-11', form: 'oral', summary: 'Muntlig redovisning' };
    await expectRefused(api, () => send.reportBack(id, report), 404, 'ASSIGNMENT.NOT_FOUND');
    await expectRefused(
      api,
      () => send.withdraw(id, { withdrawnOn: '2024-01-10' }),
      404,
      'ASSIGNMENT.NOT_FOUND',
    );
  });

  it('issues once per Idempotency-Key (same id), and honours If-Match', async () => {
    const key = { 'Idempotency-Key': 'uppdrag-42-23' };
    const first = await expectCommand(await stage.meetings.send.issue(issue(), key), 201);
    const again = await expectCommand(await stage.meetings.send.issue(issue(), key), 201);
    expect(again).toEqual(first);
    expect(await eventsOf(api, `assignment-${first.id}`)).toHaveLength(1);
    await expectRefused(
      api,
      () => stage.meetings.send.issue(issue({ what: 'Något annat' }), key),
      422,
      'IDEMPOTENCY.KEY_REUSED',
    );
    const extension = { dueOn: '2024-01-15', why: 'Omorganisation', extendedOn: '2023-11-28' };
    await expectRefused(
      api,
      () => stage.meetings.send.extend(first.id, extension, { 'If-Match': '"1"' }),
      412,
      'REQUEST.PRECONDITION_FAILED',
    );
    await stage.meetings.ok(stage.meetings.send.extend(first.id, extension, { 'If-Match': '"0"' }));
  });
});
