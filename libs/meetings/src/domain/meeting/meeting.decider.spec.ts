import { given } from '@app/testing';
import {
  BODY,
  MEETING,
  approved,
  bodyFacts,
  cancelled,
  held,
  recordItem,
  schedule,
  scheduled,
} from '../testing/meeting.fixtures';
import type { RescheduleMeeting } from './meeting.commands';
import { meetingDecider as decider } from './meeting.decider';
import {
  MEETING_EVENT_VERSIONS,
  validFromOfMeetingEvent,
  type MeetingEvent,
} from './meeting.events';

const reschedule = (over: Partial<RescheduleMeeting['data']> = {}): RescheduleMeeting => ({
  type: 'RescheduleMeeting',
  data: {
    meetingId: MEETING,
    body: bodyFacts(),
    scheduledFor: { date: '2023-11-07', time: '13:00' },
    ...over,
  },
});

describe('meeting decider: scheduling', () => {
  describe('ScheduleMeeting', () => {
    it('schedules a meeting of a body that exists on that date', () => {
      given(decider)
        .when(schedule())
        .then([
          {
            type: 'MeetingScheduled',
            data: {
              meetingId: MEETING,
              bodyId: BODY,
              bodyKind: 'working-committee',
              records: 'minutes',
              scheduledFor: { date: '2023-11-06', time: '09:00', endTime: null },
              place: 'Digitalt via Teams',
              format: 'remote',
            },
          },
        ]);
    });

    it('needs neither a time nor a place yet', () => {
      const event = given(decider)
        .when(schedule({ scheduledFor: { date: '2023-11-06' }, place: '  ' }))
        .events()[0]!;
      expect(event.data).toMatchObject({
        scheduledFor: { date: '2023-11-06', time: null },
        place: null,
      });
    });

    it.each([
      ['on the day the body is formed', { formedOn: '2023-11-06' }],
      ['on the day before it is dissolved', { dissolvedOn: '2023-11-07' }],
    ])('accepts a meeting %s', (_what, facts) => {
      expect(
        given(decider)
          .when(schedule({ body: bodyFacts(facts) }))
          .events(),
      ).toHaveLength(1);
    });

    it.each([
      ['before the body is formed', { formedOn: '2023-11-07' }],
      ['on the day the body is dissolved', { dissolvedOn: '2023-11-06' }],
      ['after the body is dissolved', { dissolvedOn: '2022-12-31' }],
    ])('refuses a meeting %s', (_what, facts) => {
      given(decider)
        .when(schedule({ body: bodyFacts(facts) }))
        .thenFails('MEETING.BODY_NOT_ACTIVE', 'conflict');
    });

    it.each([
      ['the handler found no body', { exists: false as const }],
      ['the facts are about another body', bodyFacts({ bodyId: 'org-other' })],
      ['no facts were passed', null],
    ])('refuses when %s', (_what, body) => {
      given(decider)
        .when(schedule({ body: body as never }))
        .thenFails('MEETING.BODY_NOT_FOUND', 'invalid');
    });

    it.each([
      ['an impossible date', { scheduledFor: { date: '2023-02-30' } }, 'MEETING.INVALID_DATE'],
      [
        'a time past midnight',
        { scheduledFor: { date: '2023-11-06', time: '24:00' } },
        'MEETING.INVALID_TIME',
      ],
      ['an unknown format', { format: 'telepathy' as never }, 'MEETING.INVALID_FORMAT'],
      ['no body id', { bodyId: ' ' }, 'MEETING.BODY_ID_REQUIRED'],
    ])('refuses %s', (_what, over, code) => {
      given(decider).when(schedule(over)).thenFails(code, 'invalid');
    });

    it('schedules a meeting once', () => {
      given(decider, scheduled).when(schedule()).thenFails('MEETING.ALREADY_SCHEDULED', 'conflict');
    });
  });

  describe('RescheduleMeeting', () => {
    it('moves the meeting and keeps place and format unless told', () => {
      given(decider, scheduled)
        .when(reschedule())
        .then([
          {
            type: 'MeetingRescheduled',
            data: {
              meetingId: MEETING,
              previously: { date: '2023-11-06', time: '09:00', endTime: null },
              scheduledFor: { date: '2023-11-07', time: '13:00', endTime: null },
              place: 'Digitalt via Teams',
              format: 'remote',
            },
          },
        ]);
    });

    it('changes only the place and format', () => {
      const event = given(decider, scheduled)
        .when(
          reschedule({
            scheduledFor: { date: '2023-11-06', time: '09:00' },
            place: 'Kommunhuset',
            format: 'hybrid',
          }),
        )
        .events()[0]!;
      expect(event.data).toMatchObject({ place: 'Kommunhuset', format: 'hybrid' });
    });

    it('refuses a reschedule that changes nothing', () => {
      given(decider, scheduled)
        .when(reschedule({ scheduledFor: { date: '2023-11-06', time: '09:00' } }))
        .thenFails('MEETING.RESCHEDULE_UNCHANGED', 'invalid');
    });

    it('refuses a date on which the body no longer exists', () => {
      given(decider, scheduled)
        .when(reschedule({ body: bodyFacts({ dissolvedOn: '2023-11-07' }) }))
        .thenFails('MEETING.BODY_NOT_ACTIVE', 'conflict');
    });

    it('keeps a meeting with numbered items in their year', () => {
      const withAgenda = [
        ...scheduled,
        ...decider.decide(recordItem({ decision: null }), given(decider, scheduled).state),
      ];
      given(decider, withAgenda)
        .when(reschedule({ scheduledFor: { date: '2024-01-08' } }))
        .thenFails('MEETING.NUMBERED_ITEMS_IN_OTHER_YEAR', 'conflict');
      expect(given(decider, withAgenda).when(reschedule()).events()).toHaveLength(1);
    });

    it.each([
      ['a held meeting', held, 'MEETING.ALREADY_HELD'],
      ['a cancelled meeting', cancelled, 'MEETING.CANCELLED'],
      ['approved minutes', approved, 'MINUTES.ALREADY_APPROVED'],
      ['no meeting', [] as MeetingEvent[], 'MEETING.NOT_FOUND'],
    ])('refuses to reschedule %s', (_what, history, code) => {
      given(decider, history).when(reschedule()).thenFails(code);
    });
  });

  describe('CancelMeeting', () => {
    const cancel = {
      type: 'CancelMeeting' as const,
      data: { meetingId: MEETING, cancelledOn: '2023-11-01' },
    };

    it('cancels a scheduled meeting, after which nothing is recorded on it', () => {
      given(decider, scheduled)
        .when(cancel)
        .then([
          { type: 'MeetingCancelled', data: { meetingId: MEETING, cancelledOn: '2023-11-01' } },
        ]);
      given(decider, cancelled)
        .when(recordItem({ decision: null }))
        .thenFails('MEETING.CANCELLED', 'conflict');
    });

    it.each([
      ['twice', cancelled, 'MEETING.CANCELLED'],
      ['once it is held', held, 'MEETING.ALREADY_HELD'],
      ['once its minutes are approved', approved, 'MEETING.ALREADY_HELD'],
    ])('refuses to cancel %s', (_what, history, code) => {
      given(decider, history).when(cancel).thenFails(code, 'conflict');
    });

    it('needs the date it was called off', () => {
      given(decider, scheduled)
        .when({ ...cancel, data: { ...cancel.data, cancelledOn: 'soon' } })
        .thenFails('MEETING.INVALID_DATE');
    });
  });
});

describe('meeting events', () => {
  it('date each fact: the sitting by its date, the minutes by their own acts', () => {
    const types = new Map(approved.map((event) => [event.type, validFromOfMeetingEvent(event)]));
    expect(Object.fromEntries(types)).toEqual({
      MeetingScheduled: '2023-11-06',
      MeetingHeld: '2023-11-06',
      ItemRecorded: '2023-11-06',
      MinutesApproved: '2023-11-14',
    });
    expect(validFromOfMeetingEvent(cancelled[1]!)).toBe('2023-11-01');
  });

  it('have a schema version for every type', () => {
    expect(Object.values(MEETING_EVENT_VERSIONS).every((version) => version >= 1)).toBe(true);
    expect(Object.keys(MEETING_EVENT_VERSIONS)).toHaveLength(12);
  });
});
