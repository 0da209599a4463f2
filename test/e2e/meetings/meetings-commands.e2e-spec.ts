import { randomUUID } from 'node:crypto';
import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { bodyStage, eventsOf, expectCommand, expectRefused, type BodyStage } from './meetings-api';

/** Scheduling, moving, calling off and holding meetings of every kind of body. */
describe.each(testEngines)('meeting commands on %s', (engine) => {
  let api: TestApp;
  let stage: BodyStage;
  let chair: string;
  beforeAll(async () => {
    api = await startTestApp({ engine });
    stage = await bodyStage(api);
    chair = stage.people.pirrone;
  });
  afterAll(() => api.close());

  const schedule = (over: object = {}) => ({
    body: stage.bodyOf.committee,
    scheduledFor: { date: '2023-11-06', time: '09:00' },
    place: 'Digitalt via Teams',
    format: 'remote',
    ...over,
  });
  const held = (over: object = {}) => ({
    startedAt: '09:00',
    endedAt: '09:50',
    attendance: [{ personId: chair, capacity: 'decision-maker', office: 'chair', remote: true }],
    ...over,
  });

  it('schedules a meeting of a working committee (201, ETag), with its body and kind', async () => {
    const response = await stage.meetings.send.schedule(schedule());
    const { id, revision } = await expectCommand(response, 201);
    expect(revision).toBe(0);
    const [scheduled] = await eventsOf(api, `meeting-${id}`);
    expect(scheduled).toMatchObject({
      type: 'MeetingScheduled',
      data: {
        meetingId: id,
        bodyId: stage.committee,
        bodyKind: 'working-committee',
        scheduledFor: { date: '2023-11-06', time: '09:00' },
        place: 'Digitalt via Teams',
        format: 'remote',
      },
      metadata: { validFrom: '2023-11-06' },
    });
  });

  it('schedules meetings of a board, a group and a joint working committee', async () => {
    for (const body of [stage.bodyOf.board, stage.bodyOf.group]) {
      const id = await stage.meetings.schedule(schedule({ body }));
      const [scheduled] = await eventsOf(api, `meeting-${id}`);
      expect(scheduled.data).toMatchObject({ bodyId: body.id, bodyKind: body.kind });
    }
    const joint = { kind: 'joint-working-committee', id: stage.committee };
    const id = await stage.meetings.schedule(schedule({ body: joint }));
    expect((await eventsOf(api, `meeting-${id}`))[0].data).toMatchObject({
      bodyKind: 'joint-working-committee',
    });
  });

  it('refuses a body that does not exist, is another kind, or does not exist on the date', async () => {
    const { send } = stage.meetings;
    const unknown = { kind: 'board', id: randomUUID() };
    await expectRefused(
      api,
      () => send.schedule(schedule({ body: unknown })),
      422,
      'MEETING.BODY_NOT_FOUND',
    );
    const groupAsBoard = { kind: 'board', id: stage.group };
    await expectRefused(
      api,
      () => send.schedule(schedule({ body: groupAsBoard })),
      422,
      'MEETING.BODY_NOT_FOUND',
    );
    const adminAsBoard = { kind: 'board', id: stage.administration };
    const problem = await expectRefused(
      api,
      () => send.schedule(schedule({ body: adminAsBoard })),
      422,
      'MEETING.BODY_KIND_MISMATCH',
    );
    expect(problem).toMatchObject({ organisationKind: 'administration' });
    const beforeFormed = { date: '2020-06-01', time: null };
    await expectRefused(
      api,
      () => send.schedule(schedule({ body: stage.bodyOf.group, scheduledFor: beforeFormed })),
      409,
      'MEETING.BODY_NOT_ACTIVE',
    );
  });

  it("refuses a booking's end before its start or without one, and a reschedule to either", async () => {
    const { send } = stage.meetings;
    const endOnly = { date: '2023-11-06', endTime: '15:00' };
    await expectRefused(
      api,
      () => send.schedule(schedule({ scheduledFor: endOnly })),
      422,
      'MEETING.END_WITHOUT_START',
    );
    const backwards = { date: '2023-11-06', time: '15:00', endTime: '13:00' };
    await expectRefused(
      api,
      () => send.schedule(schedule({ scheduledFor: backwards })),
      422,
      'MEETING.END_BEFORE_START',
    );
    const id = await stage.meetings.schedule(schedule());
    await expectRefused(
      api,
      () => send.reschedule(id, { scheduledFor: { date: '2023-11-08', endTime: '12:00' } }),
      422,
      'MEETING.END_WITHOUT_START',
    );
  });

  it('refuses a meeting after its body was dissolved, and a reschedule past the dissolution', async () => {
    const committee = await stage.structure.organisation('KFN AU', {
      kind: 'working-committee',
      establishedOn: '2020-01-01',
    });
    const body = { kind: 'working-committee', id: committee };
    const id = await stage.meetings.schedule(
      schedule({ body, scheduledFor: { date: '2024-03-01' } }),
    );
    await stage.structure.ok(`/organisations/${committee}/dissolve`, { on: '2024-06-01' });
    const { send } = stage.meetings;
    const after = { date: '2024-06-01' };
    await expectRefused(
      api,
      () => send.schedule(schedule({ body, scheduledFor: after })),
      409,
      'MEETING.BODY_NOT_ACTIVE',
    );
    await expectRefused(
      api,
      () => send.reschedule(id, { scheduledFor: after }),
      409,
      'MEETING.BODY_NOT_ACTIVE',
    );
    await stage.meetings.ok(send.reschedule(id, { scheduledFor: { date: '2024-05-31' } }));
  });

  it('reschedules, keeping place and format when left out; refuses an unchanged schedule', async () => {
    const id = await stage.meetings.schedule(schedule());
    const moved = await stage.meetings.ok(
      stage.meetings.send.reschedule(id, { scheduledFor: { date: '2023-11-08', time: '13:00' } }),
    );
    expect(moved).toMatchObject({ id, revision: 1 });
    const [, rescheduled] = await eventsOf(api, `meeting-${id}`);
    expect(rescheduled).toMatchObject({
      type: 'MeetingRescheduled',
      data: {
        previously: { date: '2023-11-06', time: '09:00' },
        scheduledFor: { date: '2023-11-08', time: '13:00' },
        place: 'Digitalt via Teams',
        format: 'remote',
      },
    });
    await expectRefused(
      api,
      () =>
        stage.meetings.send.reschedule(id, { scheduledFor: { date: '2023-11-08', time: '13:00' } }),
      422,
      'MEETING.RESCHEDULE_UNCHANGED',
    );
  });

  it('cancels a meeting; nothing more is recorded on it, and a held one cannot be cancelled', async () => {
    const { send } = stage.meetings;
    const id = await stage.meetings.schedule(schedule());
    await stage.meetings.ok(send.cancel(id, { cancelledOn: '2023-11-01', reason: 'Inga ärenden' }));
    const [, cancelled] = await eventsOf(api, `meeting-${id}`);
    expect(cancelled).toMatchObject({
      type: 'MeetingCancelled',
      data: { cancelledOn: '2023-11-01' },
      metadata: { reason: 'Inga ärenden', validFrom: '2023-11-01' },
    });
    await expectRefused(api, () => send.held(id, held()), 409, 'MEETING.CANCELLED');
    await expectRefused(
      api,
      () => send.cancel(id, { cancelledOn: '2023-11-02' }),
      409,
      'MEETING.CANCELLED',
    );

    const sat = await stage.meetings.schedule(schedule());
    await stage.meetings.ok(send.held(sat, held()));
    await expectRefused(
      api,
      () => send.cancel(sat, { cancelledOn: '2023-11-07' }),
      409,
      'MEETING.ALREADY_HELD',
    );
    await expectRefused(
      api,
      () => send.reschedule(sat, { scheduledFor: { date: '2023-11-09' } }),
      409,
      'MEETING.ALREADY_HELD',
    );
  });

  it('records the sitting, and a second record replaces the first', async () => {
    const id = await stage.meetings.schedule(schedule());
    const { svanberg: deputy, hagg: absent } = stage.people;
    await stage.meetings.ok(
      stage.meetings.send.held(
        id,
        held({
          place: 'Stadshuset, sal A',
          format: 'hybrid',
          adjournments: [{ from: '09:20', to: '09:25' }],
          attendance: [
            { personId: chair, capacity: 'decision-maker', office: 'chair', party: 'KD' },
            { personId: deputy, capacity: 'serving-deputy', remote: true, arrivingAt: '09:14' },
          ],
          absences: [{ personId: absent, party: 'S', reason: 'Sjuk' }],
        }),
      ),
    );
    const again = await stage.meetings.ok(stage.meetings.send.held(id, held()));
    expect(again.revision).toBe(2);
    const [, first, second] = await eventsOf(api, `meeting-${id}`);
    expect(first.data).toMatchObject({
      date: '2023-11-06',
      place: 'Stadshuset, sal A',
      format: 'hybrid',
      adjournments: [{ from: '09:20', to: '09:25' }],
      attendance: [
        { personId: chair, office: 'chair', party: 'KD', remote: false },
        { personId: deputy, capacity: 'serving-deputy', remote: true, arrivingAt: '09:14' },
      ],
      absences: [{ personId: absent, reason: 'Sjuk' }],
    });
    expect(second.data).toMatchObject({
      place: 'Digitalt via Teams',
      adjournments: [],
      absences: [],
    });
  });

  it('refuses a sitting that breaks its rules, recording nothing', async () => {
    const id = await stage.meetings.schedule(schedule());
    const { send } = stage.meetings;
    await expectRefused(
      api,
      () => send.held(id, held({ endedAt: '08:00' })),
      422,
      'MEETING.END_BEFORE_START',
    );
    const twice = held({
      attendance: [
        { personId: chair, capacity: 'decision-maker' },
        { personId: chair, capacity: 'guest' },
      ],
    });
    await expectRefused(api, () => send.held(id, twice), 422, 'MEETING.PERSON_LISTED_TWICE');
    const outside = held({ adjournments: [{ from: '10:00', to: '10:10' }] });
    await expectRefused(api, () => send.held(id, outside), 422, 'MEETING.ADJOURNMENT_OUTSIDE');
  });

  it('answers 404 for a meeting that does not exist', async () => {
    const { send } = stage.meetings;
    const id = randomUUID();
    await expectRefused(
      api,
      () => send.reschedule(id, { scheduledFor: { date: '2023-11-06' } }),
      404,
      'MEETING.NOT_FOUND',
    );
    await expectRefused(
      api,
      () => send.cancel(id, { cancelledOn: '2023-11-06' }),
      404,
      'MEETING.NOT_FOUND',
    );
    await expectRefused(api, () => send.held(id, held()), 404, 'MEETING.NOT_FOUND');
  });
  it('documents every meetings command endpoint, its headers and its body in OpenAPI', async () => {
    const document = (await api.http.get('/api/docs-json')).body;
    const commands = [
      '/meetings',
      '/meetings/{id}/reschedule',
      '/meetings/{id}/cancel',
      '/meetings/{id}/held',
      '/meetings/{id}/items',
      '/meetings/{id}/items/{itemId}/amend',
      '/meetings/{id}/items/{itemId}/remove',
      '/meetings/{id}/items/{itemId}/correct',
      '/meetings/{id}/minutes/approve',
      '/meetings/{id}/minutes/notice',
      '/assignments',
      '/assignments/{id}/report-back',
      '/assignments/{id}/extend',
      '/assignments/{id}/withdraw',
    ];
    for (const path of commands) {
      const operation = document.paths[`/api/v1${path}`]?.post;
      expect(operation).toBeDefined();
      const headers = operation.parameters.filter((p: { in: string }) => p.in === 'header');
      expect(headers.map((p: { name: string }) => p.name)).toEqual(['If-Match', 'Idempotency-Key']);
      expect(operation.requestBody).toBeDefined();
    }
    const schemas = document.components.schemas;
    expect(schemas.BodyRefDto.properties.kind.enum).toContain('joint-working-committee');
    expect(schemas.AttendeeDto.properties.capacity.enum).toContain('serving-deputy');
    expect(schemas.RecordHeldDto.properties.attendance).toMatchObject({
      type: 'array',
      maxItems: 300,
    });
    expect(schemas.ItemCommandResponse.properties.itemId).toBeDefined();
  });
});
