import fc from 'fast-check';
import { DomainError } from '@app/kernel';
import { given } from '@app/testing';
import {
  MEETING,
  approved,
  cancelled,
  held,
  person,
  recordHeld,
  scheduled,
} from '../testing/meeting.fixtures';
import type { AttendeeInput } from './meeting.commands';
import { meetingDecider as decider } from './meeting.decider';

const present = (over: Partial<AttendeeInput> = {}): AttendeeInput[] => [
  { personId: person.chair, capacity: 'decision-maker', office: 'chair' },
  { personId: person.member, capacity: 'decision-maker', ...over },
];

describe('meeting decider: RecordHeld', () => {
  it('records the sitting on the scheduled date, with every field present', () => {
    given(decider, scheduled)
      .when(
        recordHeld({
          adjournments: [{ from: '09:20', to: '09:25' }],
          attendance: present({ remote: true, arrivingAt: '09:14', party: 'M' }),
          absences: [{ personId: person.outsider, reason: 'sjuk' }],
        }),
      )
      .then([
        {
          type: 'MeetingHeld',
          data: {
            meetingId: MEETING,
            date: '2023-11-06',
            documented: true,
            startedAt: '09:00',
            endedAt: '09:50',
            place: 'Digitalt via Teams',
            format: 'remote',
            presidedBy: null,
            adjournments: [{ from: '09:20', to: '09:25' }],
            attendance: [
              {
                personId: person.chair,
                organisationId: null,
                party: null,
                capacity: 'decision-maker',
                office: 'chair',
                title: null,
                servingFor: null,
                remote: false,
                arrivingAt: null,
                leavingAt: null,
              },
              {
                personId: person.member,
                organisationId: null,
                party: 'M',
                capacity: 'decision-maker',
                office: null,
                title: null,
                servingFor: null,
                remote: true,
                arrivingAt: '09:14',
                leavingAt: null,
              },
            ],
            absences: [
              {
                personId: person.outsider,
                organisationId: null,
                party: null,
                office: null,
                reason: 'sjuk',
              },
            ],
          },
        },
      ]);
  });

  it('takes the place and format it was actually held in', () => {
    const event = given(decider, scheduled)
      .when(recordHeld({ place: 'Kommunhuset', format: 'hybrid' }))
      .events()[0]!;
    expect(event.data).toMatchObject({ place: 'Kommunhuset', format: 'hybrid' });
  });

  it('records the sitting again before approval, replacing the first record', () => {
    const state = given(decider, held)
      .when(recordHeld({ endedAt: '10:10' }))
      .state();
    expect(state.status === 'held' && state.held?.endedAt).toBe('10:10');
  });

  it('keeps adjournments in time order', () => {
    const event = given(decider, scheduled)
      .when(
        recordHeld({
          adjournments: [
            { from: '09:30', to: '09:35' },
            { from: '09:10', to: '09:15' },
          ],
        }),
      )
      .events()[0]!;
    expect(event.type === 'MeetingHeld' && event.data.adjournments.map((a) => a.from)).toEqual([
      '09:10',
      '09:30',
    ]);
  });

  it.each([
    ['an end before the start', { endedAt: '08:59' }, 'MEETING.END_BEFORE_START'],
    ['an end at the start', { endedAt: '09:00' }, 'MEETING.END_BEFORE_START'],
    ['a time written with a dot', { startedAt: '09.00' }, 'MEETING.INVALID_TIME'],
    ['nobody present', { attendance: [] }, 'MEETING.ATTENDANCE_EMPTY'],
    [
      'an adjournment that ends before it starts',
      { adjournments: [{ from: '09:20', to: '09:10' }] },
      'MEETING.ADJOURNMENT_REVERSED',
    ],
    [
      'an adjournment of no time',
      { adjournments: [{ from: '09:20', to: '09:20' }] },
      'MEETING.ADJOURNMENT_REVERSED',
    ],
    [
      'an adjournment before the start',
      { adjournments: [{ from: '08:55', to: '09:05' }] },
      'MEETING.ADJOURNMENT_OUTSIDE',
    ],
    [
      'an adjournment past the end',
      { adjournments: [{ from: '09:45', to: '09:55' }] },
      'MEETING.ADJOURNMENT_OUTSIDE',
    ],
    [
      'overlapping adjournments',
      {
        adjournments: [
          { from: '09:10', to: '09:20' },
          { from: '09:19', to: '09:30' },
        ],
      },
      'MEETING.ADJOURNMENTS_OVERLAP',
    ],
    [
      'an arrival before the start',
      { attendance: present({ arrivingAt: '08:59' }) },
      'MEETING.ARRIVAL_OUTSIDE',
    ],
    [
      'an arrival at the end',
      { attendance: present({ arrivingAt: '09:50' }) },
      'MEETING.ARRIVAL_OUTSIDE',
    ],
    [
      'leaving at the start',
      { attendance: present({ leavingAt: '09:00' }) },
      'MEETING.LEAVING_OUTSIDE',
    ],
    [
      'leaving after the end',
      { attendance: present({ leavingAt: '09:51' }) },
      'MEETING.LEAVING_OUTSIDE',
    ],
    [
      'leaving before arriving',
      { attendance: present({ arrivingAt: '09:30', leavingAt: '09:20' }) },
      'MEETING.LEFT_BEFORE_ARRIVING',
    ],
    [
      'an unknown capacity',
      { attendance: present({ capacity: 'king' as never }) },
      'MEETING.INVALID_CAPACITY',
    ],
    [
      'an unknown office',
      { attendance: present({ office: 'pope' as never }) },
      'MEETING.INVALID_OFFICE',
    ],
    ['two chairs', { attendance: present({ office: 'chair' }) }, 'MEETING.OFFICE_TWICE'],
    [
      'a decision maker serving for someone',
      { attendance: present({ servingFor: person.adjuster }) },
      'MEETING.SERVING_FOR_MISMATCH',
    ],
    [
      'a deputy serving for themselves',
      { attendance: present({ capacity: 'serving-deputy', servingFor: person.member }) },
      'MEETING.SERVING_FOR_MISMATCH',
    ],
    [
      'a person present twice',
      { attendance: [...present(), { personId: person.member, capacity: 'guest' as const }] },
      'MEETING.PERSON_LISTED_TWICE',
    ],
    [
      'a person both present and absent',
      { attendance: present(), absences: [{ personId: person.member }] },
      'MEETING.PERSON_LISTED_TWICE',
    ],
    [
      'an attendee without id',
      { attendance: present({ personId: '' }) },
      'MEETING.PERSON_ID_REQUIRED',
    ],
  ])('refuses %s', (_what, over, code) => {
    given(decider, scheduled).when(recordHeld(over)).thenFails(code, 'invalid');
  });

  it('accepts the edges: adjournment and presence spanning the whole meeting', () => {
    const events = given(decider, scheduled)
      .when(
        recordHeld({
          adjournments: [
            { from: '09:00', to: '09:10' },
            { from: '09:10', to: '09:50' },
          ],
          attendance: present({ arrivingAt: '09:00', leavingAt: '09:50' }),
        }),
      )
      .events();
    expect(events).toHaveLength(1);
  });

  it('accepts a serving deputy serving for an absent member', () => {
    const events = given(decider, scheduled)
      .when(
        recordHeld({
          attendance: present({ capacity: 'serving-deputy', servingFor: person.adjuster }),
          absences: [{ personId: person.adjuster, reason: 'förhinder' }],
        }),
      )
      .events();
    expect(events).toHaveLength(1);
  });

  it.each([
    ['a cancelled meeting', cancelled, 'MEETING.CANCELLED'],
    ['approved minutes', approved, 'MINUTES.ALREADY_APPROVED'],
  ])('refuses on %s', (_what, history, code) => {
    given(decider, history).when(recordHeld()).thenFails(code, 'conflict');
  });

  it('accepts exactly the presence times that fall inside the meeting, in order', () => {
    const minute = fc.integer({ min: 0, max: 24 * 60 - 1 });
    const hhmm = (m: number) =>
      `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    fc.assert(
      fc.property(
        minute,
        minute,
        fc.option(minute, { nil: null }),
        fc.option(minute, { nil: null }),
        (start, end, arriving, leaving) => {
          const coherent =
            start < end &&
            (arriving === null || (arriving >= start && arriving < end)) &&
            (leaving === null || (leaving > start && leaving <= end)) &&
            (arriving === null || leaving === null || arriving < leaving);
          const command = recordHeld({
            startedAt: hhmm(start),
            endedAt: hhmm(end),
            attendance: present({
              arrivingAt: arriving === null ? null : hhmm(arriving),
              leavingAt: leaving === null ? null : hhmm(leaving),
            }),
          });
          const state = given(decider, scheduled).state;
          let accepted = true;
          try {
            decider.decide(command, state);
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            accepted = false;
          }
          expect(accepted).toBe(coherent);
        },
      ),
    );
  });
});
