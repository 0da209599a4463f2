import type {
  ApproveMinutes,
  BodyFacts,
  ItemFacts,
  ItemInput,
  PostNotice,
  RecordHeld,
  RecordItem,
  ScheduleMeeting,
} from '../meeting/meeting.commands';
import { meetingDecider } from '../meeting/meeting.decider';
import type { MeetingEvent } from '../meeting/meeting.events';
import { run } from '@app/testing';

/** A small made-up meeting for rule specs; the seed minutes have their own spec. */
export const BODY = 'org-nan-au';
export const MEETING = 'mtg-1';
export const person = {
  chair: 'p-1',
  adjuster: 'p-2',
  member: 'p-3',
  secretary: 'p-4',
  official: 'p-5',
  outsider: 'p-9',
};

export function bodyFacts(over: Partial<Extract<BodyFacts, { exists: true }>> = {}): BodyFacts {
  return {
    exists: true,
    bodyId: BODY,
    kind: 'working-committee',
    formedOn: '2019-01-01',
    dissolvedOn: null,
    regimes: [{ from: '2019-01-01', records: 'minutes' }],
    ...over,
  };
}

export function schedule(over: Partial<ScheduleMeeting['data']> = {}): ScheduleMeeting {
  return {
    type: 'ScheduleMeeting',
    data: {
      meetingId: MEETING,
      bodyId: BODY,
      body: bodyFacts(),
      scheduledFor: { date: '2023-11-06', time: '09:00' },
      place: 'Digitalt via Teams',
      format: 'remote',
      ...over,
    },
  };
}

export function recordHeld(over: Partial<RecordHeld['data']> = {}): RecordHeld {
  return {
    type: 'RecordHeld',
    data: {
      meetingId: MEETING,
      // The whole cast is registered in the structure context unless a spec says otherwise.
      registered: Object.values(person),
      startedAt: '09:00',
      endedAt: '09:50',
      attendance: [
        { personId: person.chair, capacity: 'decision-maker', office: 'chair', party: 'KD' },
        { personId: person.adjuster, capacity: 'decision-maker', party: 'S' },
        { personId: person.member, capacity: 'decision-maker', party: 'M' },
        { personId: person.secretary, capacity: 'secretary' },
        { personId: person.official, capacity: 'official', title: 'förvaltningschef' },
      ],
      ...over,
    },
  };
}

export const decisionItem: ItemInput = {
  number: 42,
  caseNumber: 'NAN/2023/0160/007',
  title: 'Svar på revisorernas frågor',
  kind: 'decision',
  proposal: { text: 'Nämnden överlämnar svaret till revisorerna.', organisationId: 'org-naf' },
  decision: { text: 'Arbetsutskottet lämnar ärendet till nämnden.' },
};

/** The auditors, an organisation items are sent to. */
export const AUDITORS = 'org-rev';

/** The whole cast is registered and the auditors exist, unless a spec says otherwise. */
export const itemFacts: ItemFacts = {
  registered: Object.values(person),
  organisations: [
    { organisationId: AUDITORS, establishedOn: '2019-01-01', dissolvedOn: null },
    { organisationId: 'org-naf', establishedOn: '2019-01-01', dissolvedOn: null },
  ],
};

export function recordItem(over: Partial<RecordItem['data']> = {}, itemId = 'item-42'): RecordItem {
  return {
    type: 'RecordItem',
    data: {
      meetingId: MEETING,
      itemId,
      ...decisionItem,
      numberTakenBy: null,
      facts: itemFacts,
      ...over,
    },
  };
}

export function approve(over: Partial<ApproveMinutes['data']> = {}): ApproveMinutes {
  return {
    type: 'ApproveMinutes',
    data: {
      meetingId: MEETING,
      approvedOn: '2023-11-14',
      approvedAt: '10:00',
      place: 'Kommunstyrelsens kansliavdelning',
      chairId: person.chair,
      adjusterIds: [person.adjuster],
      secretaryId: person.secretary,
      ...over,
    },
  };
}

export function postNotice(over: Partial<PostNotice['data']> = {}): PostNotice {
  return {
    type: 'PostNotice',
    data: {
      meetingId: MEETING,
      postedOn: '2023-11-15',
      takenDownOn: '2023-12-07',
      minutesKeptAt: 'Kommunstyrelsens kansliavdelning',
      ...over,
    },
  };
}

export const scheduled: MeetingEvent[] = run(meetingDecider, [schedule()]);
export const held: MeetingEvent[] = run(meetingDecider, [schedule(), recordHeld()]);
export const withItem: MeetingEvent[] = run(meetingDecider, [
  schedule(),
  recordHeld(),
  recordItem(),
]);
export const approved: MeetingEvent[] = run(meetingDecider, [
  schedule(),
  recordHeld(),
  recordItem(),
  approve(),
]);
export const cancelled: MeetingEvent[] = run(meetingDecider, [
  schedule(),
  { type: 'CancelMeeting', data: { meetingId: MEETING, cancelledOn: '2023-11-01' } },
]);
