import { given, run } from '@app/testing';
import {
  MEETING,
  approve,
  approved,
  cancelled,
  held,
  person,
  postNotice,
  recordHeld,
  recordItem,
  schedule,
  scheduled,
  withItem,
} from '../testing/meeting.fixtures';
import type { CorrectItem } from './meeting.commands';
import { meetingDecider as decider } from './meeting.decider';
import type { MeetingEvent } from './meeting.events';

describe('meeting decider: approval of the minutes', () => {
  it('approves minutes signed by people who attended', () => {
    given(decider, withItem)
      .when(approve())
      .then([
        {
          type: 'MinutesApproved',
          data: {
            meetingId: MEETING,
            approvedOn: '2023-11-14',
            approvedAt: '10:00',
            place: 'Kommunstyrelsens kansliavdelning',
            chairId: person.chair,
            adjusterIds: [person.adjuster],
            secretaryId: person.secretary,
          },
        },
      ]);
  });

  it('approves on the meeting day itself, and late ones too: timeliness is shown on reads', () => {
    for (const approvedOn of ['2023-11-06', '2024-03-01']) {
      expect(given(decider, withItem).when(approve({ approvedOn })).events()).toHaveLength(1);
    }
  });

  it('counts an adjuster who came late as having attended', () => {
    const late = run(decider, [
      schedule(),
      recordHeld({
        attendance: [
          { personId: person.chair, capacity: 'decision-maker' },
          { personId: person.adjuster, capacity: 'decision-maker', arrivingAt: '09:40' },
        ],
      }),
    ]);
    expect(
      given(decider, late)
        .when(approve({ secretaryId: null }))
        .events(),
    ).toHaveLength(1);
  });

  it('names every approver who was not there', () => {
    const error = given(decider, withItem)
      .when(approve({ chairId: person.outsider, adjusterIds: [person.adjuster, 'p-8'] }))
      .thenFails('MINUTES.APPROVER_ABSENT', 'invalid');
    expect(error.details).toEqual({ personIds: [person.outsider, 'p-8'] });
  });

  it('does not count an absence as attendance', () => {
    const withAbsence = run(decider, [
      schedule(),
      recordHeld({
        attendance: [{ personId: person.chair, capacity: 'decision-maker' }],
        absences: [{ personId: person.adjuster, reason: 'sjuk' }],
      }),
    ]);
    given(decider, withAbsence)
      .when(approve({ secretaryId: null }))
      .thenFails('MINUTES.APPROVER_ABSENT');
  });

  it.each([
    ['no adjuster', { adjusterIds: [] }, 'MINUTES.ADJUSTER_MISSING'],
    ['the chair as adjuster', { adjusterIds: [person.chair] }, 'MINUTES.APPROVER_TWICE'],
    [
      'an adjuster twice',
      { adjusterIds: [person.adjuster, person.adjuster] },
      'MINUTES.APPROVER_TWICE',
    ],
    ['a secretary who was not there', { secretaryId: person.outsider }, 'MINUTES.APPROVER_ABSENT'],
    ['no chair', { chairId: '' }, 'MINUTES.CHAIR_ID_REQUIRED'],
    ['a date before the meeting', { approvedOn: '2023-11-05' }, 'MINUTES.BEFORE_MEETING'],
    ['an impossible date', { approvedOn: '2023-11-31' }, 'MINUTES.INVALID_DATE'],
    ['a time with seconds', { approvedAt: '10:00:00' }, 'MINUTES.INVALID_TIME'],
  ])('refuses %s', (_what, over, code) => {
    given(decider, withItem).when(approve(over)).thenFails(code, 'invalid');
  });

  it('needs every decision item to carry its decision', () => {
    const undecided = run(
      decider,
      [
        recordItem({ decision: null }),
        recordItem(
          { number: 43, kind: 'information', title: 'Aktuellt', decision: null },
          'item-43',
        ),
      ],
      held,
    );
    const error = given(decider, [...held, ...undecided])
      .when(approve())
      .thenFails('ITEM.DECISION_MISSING', 'conflict');
    expect(error.details).toEqual({ itemIds: ['item-42'] });
  });

  it.each([
    ['before the meeting is held', scheduled, 'MINUTES.MEETING_NOT_HELD'],
    ['twice', approved, 'MINUTES.ALREADY_APPROVED'],
    ['for a cancelled meeting', cancelled, 'MEETING.CANCELLED'],
  ])('refuses approval %s', (_what, history, code) => {
    given(decider, history).when(approve()).thenFails(code, 'conflict');
  });
});

describe('meeting decider: the notice', () => {
  it('posts the notice of approved minutes', () => {
    given(decider, approved)
      .when(postNotice())
      .then([
        {
          type: 'NoticePosted',
          data: {
            meetingId: MEETING,
            postedOn: '2023-11-15',
            takenDownOn: '2023-12-07',
            minutesKeptAt: 'Kommunstyrelsens kansliavdelning',
          },
        },
      ]);
  });

  it('posts on the day of approval, and without a date to take it down', () => {
    const event = given(decider, approved)
      .when(postNotice({ postedOn: '2023-11-14', takenDownOn: null }))
      .events()[0]!;
    expect(event.data).toMatchObject({ postedOn: '2023-11-14', takenDownOn: null });
  });

  it('refuses a notice for minutes not yet approved', () => {
    given(decider, withItem).when(postNotice()).thenFails('NOTICE.BEFORE_APPROVAL', 'conflict');
  });

  it.each([
    ['dated before approval', { postedOn: '2023-11-13' }, 'NOTICE.BEFORE_APPROVAL'],
    [
      'taken down the day it goes up',
      { takenDownOn: '2023-11-15' },
      'NOTICE.TAKEN_DOWN_BEFORE_POSTED',
    ],
    [
      'taken down before it goes up',
      { takenDownOn: '2023-11-10' },
      'NOTICE.TAKEN_DOWN_BEFORE_POSTED',
    ],
    [
      'without where the minutes are kept',
      { minutesKeptAt: '' },
      'NOTICE.MINUTES_KEPT_AT_REQUIRED',
    ],
    ['with an impossible date', { postedOn: '15/11/2023' }, 'NOTICE.INVALID_DATE'],
  ])('refuses a notice %s', (_what, over, code) => {
    given(decider, approved).when(postNotice(over)).thenFails(code, 'invalid');
  });

  it('posts one notice', () => {
    const noticed = [...approved, ...run(decider, [postNotice()], approved)];
    given(decider, noticed).when(postNotice()).thenFails('NOTICE.ALREADY_POSTED', 'conflict');
  });
});

describe('meeting decider: corrections after approval', () => {
  const correct = (over: Partial<CorrectItem['data']> = {}): CorrectItem => ({
    type: 'CorrectItem',
    data: {
      meetingId: MEETING,
      itemId: 'item-42',
      field: 'decision',
      text: 'Arbetsutskottet lämnar ärendet till nämnden utan eget ställningstagande.',
      why: 'Skrivfel i protokollet',
      correctedOn: '2023-11-20',
      ...over,
    },
  });

  it('corrects a decision and keeps the approved text in the event', () => {
    given(decider, approved)
      .when(correct())
      .then([
        {
          type: 'ItemCorrected',
          data: {
            meetingId: MEETING,
            itemId: 'item-42',
            field: 'decision',
            motionIndex: null,
            previous: 'Arbetsutskottet lämnar ärendet till nämnden.',
            text: 'Arbetsutskottet lämnar ärendet till nämnden utan eget ställningstagande.',
            why: 'Skrivfel i protokollet',
            correctedOn: '2023-11-20',
          },
        },
      ]);
  });

  it('shows the corrected text, while the history still holds the approved one', () => {
    const history: MeetingEvent[] = [...approved, ...run(decider, [correct()], approved)];
    const state = given(decider, history).state;
    expect(state.status === 'held' && state.items['item-42']!.decision?.text).toBe(
      'Arbetsutskottet lämnar ärendet till nämnden utan eget ställningstagande.',
    );
    expect(state.status === 'held' && state.corrections).toHaveLength(1);
    const recorded = history.find((event) => event.type === 'ItemRecorded');
    expect(recorded?.type === 'ItemRecorded' && recorded.data.item.decision?.text).toBe(
      'Arbetsutskottet lämnar ärendet till nämnden.',
    );
  });

  it('corrects one motion by its index, and gives an empty field its first text', () => {
    const withMotion = run(decider, [
      schedule(),
      recordHeld(),
      recordItem({
        caseNumber: null,
        motions: [
          { personId: person.chair, text: 'Bifall' },
          { personId: person.member, text: 'Avslag', kind: 'rejection' },
        ],
      }),
      approve(),
    ]);
    const motion = given(decider, withMotion)
      .when(correct({ field: 'motion', motionIndex: 1, text: 'Återremiss' }))
      .state();
    expect(motion.status === 'held' && motion.items['item-42']!.motions.map((m) => m.text)).toEqual(
      ['Bifall', 'Återremiss'],
    );
    const caseNumber = given(decider, withMotion)
      .when(correct({ field: 'caseNumber', text: 'NAN/2023/0160/007' }))
      .events()[0]!;
    expect(caseNumber.data).toMatchObject({ previous: null, text: 'NAN/2023/0160/007' });
  });

  it('corrects after the notice too', () => {
    const noticed = [...approved, ...run(decider, [postNotice()], approved)];
    expect(given(decider, noticed).when(correct()).events()).toHaveLength(1);
  });

  it('refuses a correction before approval: amend instead', () => {
    given(decider, withItem).when(correct()).thenFails('MINUTES.NOT_APPROVED', 'conflict');
  });

  it.each([
    ['an unknown item', { itemId: 'nope' }, 'ITEM.NOT_FOUND'],
    ['an unknown field', { field: 'number' as never }, 'ITEM.INVALID_FIELD'],
    ['an empty text', { field: 'background' as const, text: '' }, 'ITEM.TEXT_REQUIRED'],
    [
      'a motion the item lacks',
      { field: 'motion' as const, motionIndex: 0 },
      'ITEM.CORRECTION_TARGET_MISSING',
    ],
    ['a motion without index', { field: 'motion' as const }, 'ITEM.CORRECTION_TARGET_MISSING'],
    [
      'the same text',
      { text: 'Arbetsutskottet lämnar ärendet till nämnden.' },
      'ITEM.CORRECTION_UNCHANGED',
    ],
    ['no reason', { why: ' ' }, 'ITEM.WHY_REQUIRED'],
    ['a date before approval', { correctedOn: '2023-11-13' }, 'ITEM.CORRECTED_BEFORE_APPROVAL'],
  ])('refuses %s', (_what, over, code) => {
    given(decider, approved).when(correct(over)).thenFails(code);
  });

  it('refuses to correct a text the item never had', () => {
    const bare = run(decider, [
      schedule(),
      recordHeld(),
      recordItem({ proposal: null }),
      approve(),
    ]);
    given(decider, bare)
      .when(correct({ field: 'proposal' }))
      .thenFails('ITEM.CORRECTION_TARGET_MISSING', 'invalid');
  });
});
