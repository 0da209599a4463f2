import { randomUUID } from 'node:crypto';
import { jointAu20241114 } from '../../../libs/meetings/src/seeds/nynashamn/joint-au-2024-11-14';
import {
  DECISION_42,
  nanAu20231106,
} from '../../../libs/meetings/src/seeds/nynashamn/nan-au-2023-11-06';
import { org, person } from '../../../libs/meetings/src/seeds/nynashamn/people';
import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import {
  bodyStage,
  eventsOf,
  expectRefused,
  recordSeedMeeting,
  seedIds,
  type BodyStage,
} from './meetings-api';

/** Approval, notice and corrections; and both seed minutes recorded through the API. */
describe.each(testEngines)('minutes commands on %s', (engine) => {
  let api: TestApp;
  let stage: BodyStage;
  beforeAll(async () => {
    api = await startTestApp({ engine });
    stage = await bodyStage(api);
    const { pirrone, svanberg, zotterman, hagg } = stage.people;
    [chair, adjuster, secretary, outsider] = [pirrone, svanberg, zotterman, hagg];
  });
  afterAll(() => api.close());

  let [chair, adjuster, secretary, outsider] = ['', '', '', ''];
  const approval = (over: object = {}) => ({
    approvedOn: '2023-11-14',
    approvedAt: '10:00',
    place: 'Kommunstyrelsens kansliavdelning',
    chairId: chair,
    adjusterIds: [adjuster],
    secretaryId: secretary,
    ...over,
  });
  const notice = (over: object = {}) => ({
    postedOn: '2023-11-15',
    takenDownOn: '2023-12-07',
    minutesKeptAt: 'Kommunstyrelsens kansliavdelning',
    ...over,
  });
  /** A held meeting of the committee with one decision item, § 42, not yet decided. */
  async function sitting(number: number) {
    const { meetings } = stage;
    const id = await meetings.schedule({
      body: stage.bodyOf.committee,
      scheduledFor: { date: '2023-11-06', time: '09:00' },
      format: 'remote',
    });
    await meetings.ok(
      meetings.send.held(id, {
        startedAt: '09:00',
        endedAt: '09:50',
        attendance: [
          { personId: chair, capacity: 'decision-maker', office: 'chair' },
          { personId: adjuster, capacity: 'decision-maker' },
          { personId: secretary, capacity: 'secretary' },
        ],
      }),
    );
    const itemId = await meetings.item(id, {
      number,
      title: 'Svar på revisorernas frågor',
      kind: 'decision',
    });
    return { id, itemId };
  }

  it('records both Nynäshamn seed minutes, paragraph by paragraph, approved and posted', async () => {
    const ids = seedIds(stage);
    const nan = await recordSeedMeeting(stage.meetings, nanAu20231106, stage.bodyOf.committee, ids);
    const events = await eventsOf(api, `meeting-${nan.meetingId}`);
    expect(events.map((e) => e.type)).toEqual([
      'MeetingScheduled',
      'MeetingHeld',
      ...Object.keys(nan.itemIds).map(() => 'ItemRecorded'),
      'MinutesApproved',
      'NoticePosted',
    ]);
    const item42 = events.find((e) => e.type === 'ItemRecorded' && e.data.item.number === 42)!;
    expect(item42.data.item).toMatchObject({
      itemId: nan.itemIds['nan-42'],
      caseNumber: 'NAN/2023/0160/007',
      decision: { text: DECISION_42, form: 'proposal-to-board' },
      motions: [{ personId: ids.idOf(person.pirrone), party: 'KD' }],
    });
    expect(events.at(-2)!.data).toMatchObject({
      chairId: ids.idOf(person.pirrone),
      adjusterIds: [ids.idOf(person.hagg)],
    });
    // The joint committee is the same registered committee here, met as a joint one in 2024.
    const joint = { kind: 'joint-working-committee', id: stage.committee };
    const jointIds = seedIds(stage, { [org.jointAu]: stage.committee });
    const recorded = await recordSeedMeeting(stage.meetings, jointAu20241114, joint, jointIds);
    const numbers = (await eventsOf(api, `item-numbers-${stage.committee}-2024`)).map(
      (e) => e.data.number,
    );
    expect(numbers).toEqual([78, 79, 80, 81]);
    expect(Object.keys(recorded.itemIds)).toHaveLength(
      jointAu20241114.filter((c) => c.type === 'RecordItem').length,
    );
  });

  it('approves minutes once every decision item is decided, by a chair and adjuster who attended', async () => {
    const { id, itemId } = await sitting(100);
    const { send } = stage.meetings;
    const missing = await expectRefused(
      api,
      () => send.approve(id, approval()),
      409,
      'ITEM.DECISION_MISSING',
    );
    expect(missing).toMatchObject({ itemIds: [itemId] });
    await stage.meetings.ok(send.amend(id, itemId, { decision: { text: 'Bifall' } }));
    await expectRefused(
      api,
      () => send.approve(id, approval({ chairId: outsider })),
      422,
      'MINUTES.APPROVER_ABSENT',
    );
    const absentAdjuster = approval({ adjusterIds: [outsider] });
    await expectRefused(
      api,
      () => send.approve(id, absentAdjuster),
      422,
      'MINUTES.APPROVER_ABSENT',
    );
    const twice = approval({ adjusterIds: [chair] });
    await expectRefused(api, () => send.approve(id, twice), 422, 'MINUTES.APPROVER_TWICE');
    const early = approval({ approvedOn: '2023-11-05' });
    await expectRefused(api, () => send.approve(id, early), 422, 'MINUTES.BEFORE_MEETING');
    await stage.meetings.ok(send.approve(id, approval()));
    expect((await eventsOf(api, `meeting-${id}`)).at(-1)).toMatchObject({
      type: 'MinutesApproved',
      data: { approvedOn: '2023-11-14', chairId: chair, adjusterIds: [adjuster] },
      metadata: { validFrom: '2023-11-14' },
    });
  });

  it('refuses approving minutes of a meeting not held', async () => {
    const id = await stage.meetings.schedule({
      body: stage.bodyOf.committee,
      scheduledFor: { date: '2023-12-01' },
      format: 'remote',
    });
    await expectRefused(
      api,
      () => stage.meetings.send.approve(id, approval()),
      409,
      'MINUTES.MEETING_NOT_HELD',
    );
  });

  it('posts the notice on or after approval, once', async () => {
    const { id, itemId } = await sitting(101);
    const { send } = stage.meetings;
    await expectRefused(api, () => send.notice(id, notice()), 409, 'NOTICE.BEFORE_APPROVAL');
    await stage.meetings.ok(send.amend(id, itemId, { decision: { text: 'Bifall' } }));
    await stage.meetings.ok(send.approve(id, approval()));
    await expectRefused(
      api,
      () => send.notice(id, notice({ postedOn: '2023-11-13' })),
      422,
      'NOTICE.BEFORE_APPROVAL',
    );
    const reversed = notice({ takenDownOn: '2023-11-14' });
    await expectRefused(
      api,
      () => send.notice(id, reversed),
      422,
      'NOTICE.TAKEN_DOWN_BEFORE_POSTED',
    );
    await stage.meetings.ok(send.notice(id, notice({ postedOn: '2023-11-14' })));
    await expectRefused(api, () => send.notice(id, notice()), 409, 'NOTICE.ALREADY_POSTED');
  });

  it('edits nothing after approval: only corrections, which keep the text they replace', async () => {
    const { id, itemId } = await sitting(102);
    const { send } = stage.meetings;
    const correction = {
      field: 'decision',
      text: 'Arbetsutskottet föreslår nämnden att bifalla.',
      why: 'Skrivfel i protokollet',
      correctedOn: '2023-11-20',
    };
    await stage.meetings.ok(send.amend(id, itemId, { decision: { text: 'Bifall' } }));
    await expectRefused(
      api,
      () => send.correct(id, itemId, correction),
      409,
      'MINUTES.NOT_APPROVED',
    );
    await stage.meetings.ok(send.approve(id, approval()));

    const refusedEdits = [
      () => send.item(id, { number: 103, title: 'Sent', kind: 'information' }),
      () => send.amend(id, itemId, { title: 'Annat' }),
      () => send.remove(id, itemId),
      () =>
        send.held(id, {
          startedAt: '09:00',
          endedAt: '09:55',
          attendance: [{ personId: chair, capacity: 'decision-maker' }],
        }),
      () => send.approve(id, approval()),
      () => send.reschedule(id, { scheduledFor: { date: '2023-11-07' } }),
    ];
    for (const edit of refusedEdits)
      await expectRefused(api, edit, 409, 'MINUTES.ALREADY_APPROVED');

    await stage.meetings.ok(send.correct(id, itemId, correction));
    expect((await eventsOf(api, `meeting-${id}`)).at(-1)).toMatchObject({
      type: 'ItemCorrected',
      data: {
        itemId,
        field: 'decision',
        previous: 'Bifall',
        text: correction.text,
        motionIndex: null,
      },
      metadata: { validFrom: '2023-11-20' },
    });
    await expectRefused(
      api,
      () => send.correct(id, itemId, correction),
      422,
      'ITEM.CORRECTION_UNCHANGED',
    );
    const noMotion = { ...correction, field: 'motion', motionIndex: 0 };
    await expectRefused(
      api,
      () => send.correct(id, itemId, noMotion),
      422,
      'ITEM.CORRECTION_TARGET_MISSING',
    );
    const early = { ...correction, text: 'Annan', correctedOn: '2023-11-13' };
    await expectRefused(
      api,
      () => send.correct(id, itemId, early),
      422,
      'ITEM.CORRECTED_BEFORE_APPROVAL',
    );
    await expectRefused(
      api,
      () => send.correct(id, randomUUID(), correction),
      404,
      'ITEM.NOT_FOUND',
    );
  });

  it('makes approval conditional (If-Match → 412) and safe to repeat (Idempotency-Key)', async () => {
    const { id, itemId } = await sitting(104);
    const { send } = stage.meetings;
    await stage.meetings.ok(send.amend(id, itemId, { decision: { text: 'Bifall' } }));
    await expectRefused(
      api,
      () => send.approve(id, approval(), { 'If-Match': '"2"' }),
      412,
      'REQUEST.PRECONDITION_FAILED',
    );
    const key = { 'Idempotency-Key': `justering-${id}`, 'If-Match': '"3"' };
    const first = await stage.meetings.ok(send.approve(id, approval(), key));
    const again = await stage.meetings.ok(send.approve(id, approval(), key));
    expect(again).toEqual(first);
    expect(await eventsOf(api, `meeting-${id}`)).toHaveLength(5);
  });
});
