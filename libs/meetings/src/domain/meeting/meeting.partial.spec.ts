import { given, run } from '@app/testing';
import {
  MEETING,
  approve,
  person,
  recordHeld,
  recordItem,
  schedule,
  scheduled,
} from '../testing/meeting.fixtures';
import { meetingDecider as decider } from './meeting.decider';

/** Old records are often incomplete: the record says what the source says, and nothing more. */
describe('meeting decider: partial records', () => {
  const notDocumented = recordHeld({
    documented: false,
    startedAt: undefined,
    endedAt: undefined,
    attendance: undefined,
  });

  it('records a meeting held with its sitting not documented: no times, nobody listed', () => {
    given(decider, scheduled)
      .when(notDocumented)
      .then([
        {
          type: 'MeetingHeld',
          data: {
            meetingId: MEETING,
            date: '2023-11-06',
            documented: false,
            startedAt: null,
            endedAt: null,
            place: 'Digitalt via Teams',
            format: 'remote',
            presidedBy: null,
            adjournments: [],
            attendance: [],
            absences: [],
          },
        },
      ]);
  });

  it('records its items and decisions, and lets the minutes be approved without attendance', () => {
    const history = run(decider, [schedule(), notDocumented, recordItem()]);
    expect(given(decider, history).when(approve()).events()).toHaveLength(1);
  });

  it('refuses people on a sitting it says is not documented', () => {
    given(decider, scheduled)
      .when(recordHeld({ documented: false }))
      .thenFails('MEETING.SITTING_NOT_DOCUMENTED', 'invalid');
  });

  it('still needs someone present when the sitting is documented', () => {
    given(decider, scheduled)
      .when(recordHeld({ attendance: [] }))
      .thenFails('MEETING.ATTENDANCE_EMPTY', 'invalid');
  });

  it('keeps a start without an end, and checks arrivals against the known bound only', () => {
    const [event] = given(decider, scheduled)
      .when(
        recordHeld({
          endedAt: null,
          attendance: [{ personId: person.chair, capacity: 'decision-maker', leavingAt: '11:00' }],
        }),
      )
      .events();
    expect(event).toMatchObject({ data: { startedAt: '09:00', endedAt: null } });
    given(decider, scheduled)
      .when(
        recordHeld({
          endedAt: null,
          attendance: [{ personId: person.chair, capacity: 'decision-maker', arrivingAt: '08:00' }],
        }),
      )
      .thenFails('MEETING.ARRIVAL_OUTSIDE', 'invalid');
  });

  it('keeps an unknown format as null', () => {
    const [event] = given(decider)
      .when(schedule({ format: undefined }))
      .events();
    expect(event).toMatchObject({ data: { format: null } });
  });

  it('records who presided and the office of an absent chair', () => {
    const [event] = given(decider, scheduled)
      .when(
        recordHeld({
          presidedBy: person.adjuster,
          attendance: [
            { personId: person.adjuster, capacity: 'decision-maker', office: 'vice-chair' },
          ],
          absences: [{ personId: person.chair, office: 'chair' }],
        }),
      )
      .events();
    expect(event).toMatchObject({
      data: {
        presidedBy: person.adjuster,
        absences: [{ personId: person.chair, office: 'chair' }],
      },
    });
  });

  it('refuses a presiding person who was not there, and an office held twice across present and absent', () => {
    given(decider, scheduled)
      .when(recordHeld({ presidedBy: person.outsider }))
      .thenFails('MEETING.PRESIDING_NOT_PRESENT', 'invalid');
    given(decider, scheduled)
      .when(recordHeld({ absences: [{ personId: person.outsider, office: 'chair' }] }))
      .thenFails('MEETING.OFFICE_TWICE', 'invalid');
  });

  it('books a start and an end, the end after the start', () => {
    const [event] = given(decider)
      .when(schedule({ scheduledFor: { date: '2024-02-05', time: '13:00', endTime: '15:00' } }))
      .events();
    expect(event).toMatchObject({
      data: { scheduledFor: { date: '2024-02-05', time: '13:00', endTime: '15:00' } },
    });
    given(decider)
      .when(schedule({ scheduledFor: { date: '2024-02-05', time: '13:00', endTime: '12:00' } }))
      .thenFails('MEETING.END_BEFORE_START', 'invalid');
  });

  it('books a start alone, and refuses an end without a start', () => {
    const [event] = given(decider)
      .when(schedule({ scheduledFor: { date: '2024-02-05', time: '13:00' } }))
      .events();
    expect(event).toMatchObject({
      data: { scheduledFor: { date: '2024-02-05', time: '13:00', endTime: null } },
    });
    given(decider)
      .when(schedule({ scheduledFor: { date: '2024-02-05', endTime: '15:00' } }))
      .thenFails('MEETING.END_WITHOUT_START', 'invalid');
  });

  it('keeps motions by a party only or by no one named, their kinds, and what the decision adopted', () => {
    const held = run(decider, [schedule(), recordHeld()]);
    const [event] = given(decider, held)
      .when(
        recordItem({
          motions: [
            { party: 'S', text: 'Avslag', kind: 'rejection' },
            { text: 'Återremiss', kind: 'referral-back' },
            { personId: person.chair, text: 'Bifall', kind: 'motion' },
          ],
          decision: { text: 'Bifall', adoptedMotions: [2] },
        }),
      )
      .events();
    expect(event).toMatchObject({
      data: {
        item: {
          motions: [
            { personId: null, party: 'S', kind: 'rejection' },
            { personId: null, party: null, kind: 'referral-back' },
            { personId: person.chair, kind: 'motion' },
          ],
          decision: { adoptedMotions: [2], votes: null },
        },
      },
    });
  });

  it('reads version 1 events with the defaults they meant (no end time, documented, additional motions)', () => {
    const v1 = [
      {
        type: 'MeetingScheduled',
        data: {
          meetingId: MEETING,
          bodyId: 'org-nan-au',
          bodyKind: 'working-committee',
          scheduledFor: { date: '2023-11-06', time: '09:00' },
          place: null,
          format: 'remote',
        },
      },
      {
        type: 'MeetingHeld',
        data: {
          meetingId: MEETING,
          date: '2023-11-06',
          startedAt: '09:00',
          endedAt: '09:50',
          place: null,
          format: 'remote',
          adjournments: [],
          attendance: [],
          absences: [
            { personId: person.outsider, organisationId: null, party: null, reason: null },
          ],
        },
      },
      {
        type: 'ItemRecorded',
        data: {
          meetingId: MEETING,
          bodyId: 'org-nan-au',
          meetingDate: '2023-11-06',
          item: {
            ...run(decider, [schedule(), recordHeld(), recordItem()])
              .map((e: { type: string; data: any }) =>
                e.type === 'ItemRecorded' ? e.data.item : null,
              )
              .find(Boolean),
            motions: [{ personId: person.chair, party: null, text: 'Tillägg', additional: true }],
            decision: { text: 'x', form: 'decision', votes: null, reservations: [] },
          },
        },
      },
    ] as never[];
    const state = given(decider, v1).state;
    expect(state).toMatchObject({
      records: 'minutes',
      scheduledFor: { endTime: null },
      held: { documented: true, presidedBy: null, absences: [{ office: null }] },
      items: {
        'item-42': {
          motions: [{ kind: 'additional' }],
          decision: { adoptedMotions: [] },
        },
      },
    });
  });
});
