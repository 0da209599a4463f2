/**
 * Both Nynäshamn minutes in ../shared/seeds recorded through the deciders, command by command,
 * and the facts users ask about read back from the state. Dates the seeds do not give are
 * assumptions, marked in the fixtures.
 */
import { assignmentDecider } from './assignment/assignment.decider';
import { decisionFactsOf } from './assignment/assignment.source';
import { statusOf } from './assignment/assignment.state';
import type { MeetingCommand } from './meeting/meeting.commands';
import { meetingDecider } from './meeting/meeting.decider';
import { validFromOfMeetingEvent, type MeetingEvent } from './meeting/meeting.events';
import { itemsInOrder, type Meeting } from './meeting/meeting.state';
import { mentionsIn } from './meeting/mentions';
import {
  appealPeriodEnd,
  approvedInTime,
  formatItemNumber,
  noticeInTime,
} from './meeting/minutes.calendar';
import { failureOf, fold, run } from '@app/testing';
import { jointAu20241114 } from '../seeds/nynashamn/joint-au-2024-11-14';
import {
  DECISION_42,
  MEETING as NAN_MEETING,
  assignment42,
  nanAu20231106,
} from '../seeds/nynashamn/nan-au-2023-11-06';
import { nanAu, org, person, seededItemFacts } from '../seeds/nynashamn/people';

function record(commands: MeetingCommand[]) {
  const events = run(meetingDecider, commands);
  const state = fold(meetingDecider, events);
  if (state.status !== 'held') throw new Error(`expected held minutes, got ${state.status}`);
  return { events, state };
}

const printed = (state: Meeting) =>
  itemsInOrder(state).map((item) =>
    item.number === null
      ? item.title
      : `${formatItemNumber(item.number, item.year!)} ${item.title}`,
  );

describe('seed: NAN AU 2023-11-06, §§ 41-48', () => {
  const { events, state } = record(nanAu20231106);

  it('holds the sitting: remote via Teams, 09.00-9.50, three decision makers and two others', () => {
    expect(state.held).toMatchObject({
      date: '2023-11-06',
      startedAt: '09:00',
      endedAt: '09:50',
      place: 'Digitalt via Teams',
      format: 'remote',
      adjournments: [],
    });
    const attendance = state.held!.attendance;
    expect(attendance.every((attendee) => attendee.remote)).toBe(true);
    expect(attendance.filter((a) => a.capacity === 'decision-maker').map((a) => a.party)).toEqual([
      'KD',
      'M',
      'S',
    ]);
    expect(attendance.find((a) => a.office === 'chair')?.personId).toBe(person.pirrone);
  });

  it('prints its paragraphs in order, the unnumbered points first', () => {
    expect(printed(state)).toEqual([
      'Upprop och anmälningar om förhinder',
      'Val av justerare',
      '§ 41/23 Fastställande av dagordning',
      '§ 42/23 Svar på revisorernas frågor angående Nynäshamnsmodellen',
      '§ 43/23 Aktuellt från förvaltningen',
      '§ 44/23 Programutbud 2024/2025',
      '§ 45/23 Fastställande av ersättningstabeller för gymnasiesärskolan och introduktionsprogram, 2024',
      '§ 46/23 Stadskärneföreningen',
      '§ 47/23 Övriga frågor',
      '§ 48/23 Nästa sammanträde',
    ]);
  });

  it('keeps § 42/23 whole: case number, proposal, the chair’s motion, decision, documents, recipients', () => {
    const item = state.items['nan-42']!;
    expect(item).toMatchObject({
      caseNumber: 'NAN/2023/0160/007',
      kind: 'decision',
      proposal: { organisationId: org.naf },
      motions: [{ personId: person.pirrone, party: 'KD', kind: 'motion' }],
      decision: {
        text: DECISION_42,
        form: 'proposal-to-board',
        votes: null,
        reservations: [],
        adoptedMotions: [0],
      },
      recipients: [
        { name: 'Akten', organisationId: null },
        { name: 'Revisorerna', organisationId: null },
      ],
    });
    expect(item.proposal?.text).toBe(
      'Näringslivs- och arbetsmarknadsnämnden beslutar att överlämna svaret till revisorerna.',
    );
    expect(item.background).toContain('var 4:e till var 6:e vecka');
    expect(item.basisDocuments).toHaveLength(1);
  });

  it('names people in running text by id only', () => {
    expect(mentionsIn(state.items['nan-46']!.notes)).toEqual([person.kalback, person.svanberg]);
    expect(JSON.stringify(events)).not.toMatch(/Kålbäck|Svanberg|Pirrone|Hägg|Zotterman/);
  });

  it('was approved in time and noticed in time, with the appeal period ending 2023-12-06', () => {
    expect(state.approval).toMatchObject({
      approvedOn: '2023-11-14',
      approvedAt: '10:00',
      chairId: person.pirrone,
      adjusterIds: [person.hagg],
      secretaryId: person.zotterman,
    });
    expect(approvedInTime(state.held!.date, state.approval!.approvedOn)).toBe(true);
    expect(state.notice).toEqual({
      postedOn: '2023-11-15',
      takenDownOn: '2023-12-07',
      minutesKeptAt: 'Kommunstyrelsens kansliavdelning',
    });
    expect(noticeInTime(state.approval!.approvedOn, state.notice!.postedOn)).toBe(true);
    expect(appealPeriodEnd(state.notice!.postedOn)).toBe('2023-12-06');
  });

  it('dates every event: the sitting 2023-11-06, approval 2023-11-14, notice 2023-11-15', () => {
    expect([...new Set(events.map(validFromOfMeetingEvent))]).toEqual([
      '2023-11-06',
      '2023-11-14',
      '2023-11-15',
    ]);
  });

  it('issues the assignment of § 42/23, open for as long as it is not reported', () => {
    const issued = run(assignmentDecider, [assignment42(decisionFactsOf(state, 'nan-42'))]);
    expect(issued).toEqual([
      {
        type: 'AssignmentIssued',
        data: {
          assignmentId: 'asg-nan-42-23',
          source: { kind: 'decision', meetingId: NAN_MEETING, itemId: 'nan-42', bodyId: org.nanAu },
          owedBy: { organisationId: org.naf, personId: null },
          jointlyWith: [],
          what: 'Komplettera ärendet med en beskrivning av Nynäshamnsmodellen',
          issuedOn: '2023-11-06',
          dueOn: null,
          dueNote: 'inför utskick till nämnden',
        },
      },
    ]);
    const assignment = fold(assignmentDecider, issued);
    expect(statusOf(assignment, '2023-11-05')).toBeNull();
    expect(statusOf(assignment, '2023-12-06')).toBe('open');
    expect(statusOf(assignment, '2024-11-14')).toBe('open');
  });

  it('refuses an assignment from an item that decided nothing (§ 43/23, information)', () => {
    const command = assignment42(null);
    const from43 = {
      ...command,
      data: {
        ...command.data,
        source: { kind: 'decision' as const, meetingId: NAN_MEETING, itemId: 'nan-43' },
        sourceFacts: decisionFactsOf(state, 'nan-43'),
      },
    };
    const error = failureOf(() => assignmentDecider.decide(from43, assignmentDecider.initialState));
    expect(error.code).toBe('ASSIGNMENT.SOURCE_NOT_DECISION');
  });

  it('refuses § 42/23 a second time in the body’s next meeting, on the handler’s fact', () => {
    const next = 'mtg-nan-au-2023-11-28';
    const scheduled = run(meetingDecider, [
      {
        type: 'ScheduleMeeting',
        data: {
          meetingId: next,
          bodyId: org.nanAu,
          body: nanAu,
          scheduledFor: { date: '2023-11-28' },
          format: 'remote',
        },
      },
    ]);
    const error = failureOf(() =>
      meetingDecider.decide(
        {
          type: 'RecordItem',
          data: {
            meetingId: next,
            itemId: 'nan-42-again',
            number: 42,
            title: 'Svar på revisorernas frågor',
            kind: 'information',
            numberTakenBy: { meetingId: NAN_MEETING, itemId: 'nan-42' },
            facts: seededItemFacts,
          },
        },
        fold(meetingDecider, scheduled),
      ),
    );
    expect(error.code).toBe('ITEM.NUMBER_TAKEN');
  });

  it('corrects § 42/23 after approval and keeps both versions (an illustration, not in the seed)', () => {
    const corrected = run(
      meetingDecider,
      [
        {
          type: 'CorrectItem',
          data: {
            meetingId: NAN_MEETING,
            itemId: 'nan-42',
            field: 'title',
            text: 'Svar på revisorernas frågor angående Nynäshamnsmodellen (rättad)',
            why: 'Illustration',
            correctedOn: '2023-11-20',
          },
        },
      ],
      events,
    );
    const all: MeetingEvent[] = [...events, ...corrected];
    const versions = all.flatMap((event) =>
      event.type === 'ItemRecorded' && event.data.item.itemId === 'nan-42'
        ? [event.data.item.title]
        : event.type === 'ItemCorrected'
          ? [event.data.text]
          : [],
    );
    expect(versions).toEqual([
      'Svar på revisorernas frågor angående Nynäshamnsmodellen',
      'Svar på revisorernas frågor angående Nynäshamnsmodellen (rättad)',
    ]);
  });
});

describe('seed: joint AU 2024-11-14, §§ 78-81', () => {
  const { events, state } = record(jointAu20241114);

  it('holds the sitting 09.05-10.59 with the adjournment 10.14-10.19', () => {
    expect(state.held).toMatchObject({
      date: '2024-11-14',
      startedAt: '09:05',
      endedAt: '10:59',
      place: 'Kommunhuset Nynäshamn, A-hus, Sammanträdesrum Landsort',
      adjournments: [{ from: '10:14', to: '10:19' }],
    });
  });

  it('shows Lena Poolsaar attending remotely from 09.14 and the statistician leaving at 09.45', () => {
    const attendance = state.held!.attendance;
    expect(attendance.find((a) => a.personId === person.poolsaar)).toMatchObject({
      party: 'M',
      capacity: 'decision-maker',
      remote: true,
      arrivingAt: '09:14',
      leavingAt: null,
    });
    expect(attendance.find((a) => a.personId === person.nyberg)).toMatchObject({
      capacity: 'official',
      title: 'statistiker',
      leavingAt: '09:45',
    });
    expect(attendance.filter((a) => a.remote).map((a) => a.personId)).toEqual([
      person.poolsaar,
      person.norell,
      person.pirrone,
    ]);
  });

  it('lists twelve decision makers, the chair among them, and six others', () => {
    const attendance = state.held!.attendance;
    const deciding = attendance.filter((a) => a.capacity === 'decision-maker');
    expect(deciding).toHaveLength(12);
    expect(deciding.find((a) => a.office === 'chair')).toMatchObject({
      personId: person.persson,
      party: 'L',
    });
    expect(attendance.length - deciding.length).toBe(6);
  });

  it('prints §§ 78-81 in order, with the wish for a timeline in § 80/24', () => {
    expect(printed(state)).toEqual([
      'Upprop och anmälningar om förhinder',
      'Val av justerare',
      '§ 78/24 Fastställande av dagordning',
      '§ 79/24 Information om samverkansarbetet kring barn och ungdomar',
      '§ 80/24 Diskussion',
      '§ 81/24 Övriga frågor',
    ]);
    expect(state.items['joint-80']!.notes).toContain('önskemål om en tidslinje');
    expect(state.items['joint-79']!.notes).toContain('gått från 42 olika arbetsgrupper');
    expect(mentionsIn(state.items['joint-79']!.notes)).toEqual([
      person.olsson,
      person.kalback,
      person.landberg,
      person.forshage,
      person.nyberg,
    ]);
  });

  it('was approved by two adjusters on 2024-11-18 and noticed 2024-11-19, appeal ending 2024-12-10', () => {
    expect(state.approval).toMatchObject({
      approvedOn: '2024-11-18',
      approvedAt: '08:00',
      adjusterIds: [person.sonnergren, person.hagg],
      secretaryId: person.orjes,
    });
    expect(approvedInTime(state.held!.date, state.approval!.approvedOn)).toBe(true);
    expect(noticeInTime(state.approval!.approvedOn, state.notice!.postedOn)).toBe(true);
    expect(appealPeriodEnd(state.notice!.postedOn)).toBe('2024-12-10');
    expect(state.notice!.takenDownOn).toBe('2024-12-11');
  });

  it('keeps names out of the events', () => {
    expect(JSON.stringify(events)).not.toMatch(/Poolsaar|Persson|Nyberg|Forshage|Örjes/);
  });
});
