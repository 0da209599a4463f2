import { randomUUID } from 'node:crypto';
import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { bodyStage, eventsOf, expectCommand, expectRefused, type BodyStage } from './meetings-api';

/** Agenda items and their numbers, unique per body and year across all its meetings. */
describe.each(testEngines)('item commands on %s', (engine) => {
  let api: TestApp;
  let stage: BodyStage;
  beforeAll(async () => {
    api = await startTestApp({ engine });
    stage = await bodyStage(api);
    chair = stage.people.pirrone;
  });
  afterAll(() => api.close());

  let chair: string;
  const meeting = async (date = '2023-11-06', body: object = stage.bodyOf.committee) =>
    stage.meetings.schedule({ body, scheduledFor: { date }, format: 'in-person' });
  const hold = (id: string) =>
    stage.meetings.ok(
      stage.meetings.send.held(id, {
        startedAt: '09:00',
        endedAt: '10:00',
        attendance: [{ personId: chair, capacity: 'decision-maker', office: 'chair' }],
      }),
    );
  const item = (number: number | null, over: object = {}) => ({
    number,
    title: `Ärende ${number ?? 'utan nummer'}`,
    kind: 'information',
    ...over,
  });
  const numbersOf = async (bodyId: string, year: number) =>
    (await eventsOf(api, `item-numbers-${bodyId}-${year}`)).map((e) => [e.type, e.data.number]);

  it('records an item (201): its id, the meeting’s revision, and its number in the register', async () => {
    const id = await meeting();
    const response = await stage.meetings.send.item(
      id,
      item(41, { caseNumber: 'NAN/2023/0160/007', presentedBy: [chair] }),
    );
    const recorded = await expectCommand(response, 201);
    expect(recorded).toMatchObject({ id, revision: 1, itemId: expect.any(String) });
    const [, event] = await eventsOf(api, `meeting-${id}`);
    expect(event).toMatchObject({
      type: 'ItemRecorded',
      data: {
        bodyId: stage.committee,
        meetingDate: '2023-11-06',
        item: {
          itemId: recorded.itemId,
          number: 41,
          year: 2023,
          position: 1,
          presentedBy: [chair],
        },
      },
    });
    const [taken] = await eventsOf(api, `item-numbers-${stage.committee}-2023`);
    expect(taken).toMatchObject({
      type: 'ItemNumberTaken',
      data: { number: 41, meetingId: id, itemId: recorded.itemId },
      metadata: { validFrom: '2023-11-06' },
    });
    // Unnumbered points (roll call) take no number and stand where they are put.
    const rollCall = await stage.meetings.item(id, item(null, { kind: 'roll-call', position: 5 }));
    expect((await eventsOf(api, `meeting-${id}`))[2].data.item).toMatchObject({
      itemId: rollCall,
      number: null,
      position: 5,
    });
  });

  it('uses a number once per body and year: in one meeting, and across two meetings', async () => {
    const first = await meeting('2022-03-01');
    const second = await meeting('2022-04-01');
    await stage.meetings.item(first, item(7));
    const { send } = stage.meetings;
    await expectRefused(api, () => send.item(first, item(7)), 409, 'ITEM.NUMBER_TAKEN');
    const problem = await expectRefused(
      api,
      () => send.item(second, item(7)),
      409,
      'ITEM.NUMBER_TAKEN',
    );
    expect(problem).toMatchObject({ number: 7, year: 2022, takenBy: { meetingId: first } });
    // Another body, or the same body another year, has its own § 7.
    await stage.meetings.item(await meeting('2022-04-01', stage.bodyOf.board), item(7));
    await stage.meetings.item(await meeting('2023-01-10'), item(7));
  });

  it('gives a number to one of two meetings racing for it, and refuses the other', async () => {
    const [a, b] = [await meeting('2021-05-01'), await meeting('2021-05-02')];
    const answers = await Promise.all([
      stage.meetings.send.item(a, item(12)),
      stage.meetings.send.item(b, item(12)),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(answers.find((r) => r.status === 409)!.body.code).toBe('ITEM.NUMBER_TAKEN');
    expect(await numbersOf(stage.committee, 2021)).toEqual([['ItemNumberTaken', 12]]);
  });

  it('renumbers an item: the old number is free for another meeting, the new one checked', async () => {
    const [a, b] = [await meeting('2020-09-01'), await meeting('2020-10-01')];
    const itemId = await stage.meetings.item(a, item(20));
    await stage.meetings.item(b, item(30));
    const { send } = stage.meetings;
    await expectRefused(api, () => send.amend(a, itemId, { number: 30 }), 409, 'ITEM.NUMBER_TAKEN');
    await stage.meetings.ok(send.amend(a, itemId, { number: 21, title: 'Nytt namn' }));
    const [, , amended] = await eventsOf(api, `meeting-${a}`);
    expect(amended).toMatchObject({
      type: 'ItemAmended',
      data: { item: { number: 21, title: 'Nytt namn', kind: 'information' } },
    });
    expect((amended.data as { changed: string[] }).changed.sort()).toEqual(['number', 'title']);
    await stage.meetings.item(b, item(20));
    expect(await numbersOf(stage.committee, 2020)).toEqual([
      ['ItemNumberTaken', 20],
      ['ItemNumberTaken', 30],
      ['ItemNumberReleased', 20],
      ['ItemNumberTaken', 21],
      ['ItemNumberTaken', 20],
    ]);
    await expectRefused(
      api,
      () => send.amend(a, itemId, { title: 'Nytt namn' }),
      422,
      'ITEM.UNCHANGED',
    );
  });

  it('removes an item, freeing its number; unknown items are 404', async () => {
    const [a, b] = [await meeting('2019-09-01'), await meeting('2019-10-01')];
    const itemId = await stage.meetings.item(a, item(5));
    const { send } = stage.meetings;
    await stage.meetings.ok(send.remove(a, itemId, { reason: 'Struken från dagordningen' }));
    expect((await eventsOf(api, `meeting-${a}`)).at(-1)).toMatchObject({
      type: 'ItemRemoved',
      data: { itemId },
      metadata: { reason: 'Struken från dagordningen' },
    });
    await stage.meetings.item(b, item(5));
    await expectRefused(api, () => send.remove(a, itemId), 404, 'ITEM.NOT_FOUND');
    await expectRefused(
      api,
      () => send.amend(a, randomUUID(), { title: 'X' }),
      404,
      'ITEM.NOT_FOUND',
    );
    await expectRefused(api, () => send.item(randomUUID(), item(1)), 404, 'MEETING.NOT_FOUND');
  });

  it('records motions and decisions only once the meeting is held', async () => {
    const id = await meeting('2023-05-01');
    const decided = item(60, {
      kind: 'decision',
      proposal: { text: 'Förvaltningen föreslår bifall.', organisationId: stage.administration },
      motions: [{ personId: chair, party: 'KD', text: 'Bifall' }],
      decision: { text: 'Bifall', votes: { yes: 3, no: 2, abstained: 0 } },
    });
    await expectRefused(api, () => stage.meetings.send.item(id, decided), 409, 'ITEM.BEFORE_HELD');
    await hold(id);
    const itemId = await stage.meetings.item(id, decided);
    expect((await eventsOf(api, `meeting-${id}`)).at(-1)!.data).toMatchObject({
      item: {
        itemId,
        motions: [{ personId: chair, kind: 'motion' }],
        decision: {
          form: 'decision',
          votes: { yes: 3, no: 2, abstained: 0 },
          reservations: [],
          adoptedMotions: [],
        },
      },
    });
  });

  it('refuses items that break the item rules', async () => {
    const id = await meeting('2023-06-01');
    const { send } = stage.meetings;
    await expectRefused(
      api,
      () => send.item(id, item(1, { year: 2022 })),
      422,
      'ITEM.YEAR_MISMATCH',
    );
    await expectRefused(
      api,
      () => send.item(id, item(null, { year: 2023 })),
      422,
      'ITEM.YEAR_WITHOUT_NUMBER',
    );
    const twice = item(2, { presentedBy: [chair, chair] });
    await expectRefused(api, () => send.item(id, twice), 422, 'ITEM.PRESENTER_TWICE');
    await stage.meetings.item(id, item(3, { position: 1 }));
    await expectRefused(
      api,
      () => send.item(id, item(4, { position: 1 })),
      409,
      'ITEM.POSITION_TAKEN',
    );
    const cancelled = await meeting('2023-06-02');
    await stage.meetings.ok(send.cancel(cancelled, { cancelledOn: '2023-05-30' }));
    await expectRefused(api, () => send.item(cancelled, item(9)), 409, 'MEETING.CANCELLED');
  });

  it('keeps numbered items in their year: no reschedule into another year', async () => {
    const id = await meeting('2024-12-20');
    await stage.meetings.item(id, item(99));
    await expectRefused(
      api,
      () => stage.meetings.send.reschedule(id, { scheduledFor: { date: '2025-01-08' } }),
      409,
      'MEETING.NUMBERED_ITEMS_IN_OTHER_YEAR',
    );
  });

  describe('conventions', () => {
    it('makes an item conditional on the meeting’s revision (If-Match → 412)', async () => {
      const id = await meeting('2025-02-01');
      const first = await expectCommand(await stage.meetings.send.item(id, item(1)), 201);
      await expectRefused(
        api,
        () => stage.meetings.send.item(id, item(2), { 'If-Match': '"0"' }),
        412,
        'REQUEST.PRECONDITION_FAILED',
      );
      const ok = await stage.meetings.send.item(id, item(2), { 'If-Match': `"${first.revision}"` });
      await expectCommand(ok, 201);
    });

    it('answers a repeat with the first result (same item id) and records once', async () => {
      const id = await meeting('2026-02-01');
      const key = { 'Idempotency-Key': 'paragraf-1-2026' };
      const first = await expectCommand(await stage.meetings.send.item(id, item(1), key), 201);
      const again = await expectCommand(await stage.meetings.send.item(id, item(1), key), 201);
      expect(again).toEqual(first);
      expect(await eventsOf(api, `meeting-${id}`)).toHaveLength(2);
      expect(await numbersOf(stage.committee, 2026)).toEqual([['ItemNumberTaken', 1]]);
      await expectRefused(
        api,
        () => stage.meetings.send.item(id, item(2), key),
        422,
        'IDEMPOTENCY.KEY_REUSED',
      );
    });
  });
});
