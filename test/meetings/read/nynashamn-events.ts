import {
  assignmentDecider,
  assignmentStream,
  decisionFactsOf,
  meetingDecider,
  meetingStream,
  type AssignmentCommand,
  type MeetingCommand,
} from '@app/meetings';
import { fold, run } from '@app/testing';
import { Streams } from '../../structure/read/projection-harness';
import {
  jointAu20241114,
  MEETING as JOINT,
} from '../../../libs/meetings/src/seeds/nynashamn/joint-au-2024-11-14';
import {
  assignment42,
  MEETING as NAN,
  nanAu20231106,
} from '../../../libs/meetings/src/seeds/nynashamn/nan-au-2023-11-06';
import { org, person, seededOrganisation } from '../../../libs/meetings/src/seeds/nynashamn/people';

export { JOINT, NAN, org, person };

const nanEvents = run(meetingDecider, nanAu20231106);
const nanState = fold(meetingDecider, nanEvents);

/** A correction of § 42/23's decision after approval: both texts stay in the history. */
export const correction: MeetingCommand = {
  type: 'CorrectItem',
  data: {
    meetingId: NAN,
    itemId: 'nan-42',
    field: 'decision',
    text: 'Arbetsutskottet lämnar ärendet till nämnden utan eget ställningstagande.',
    why: 'Felskrivning vid justeringen',
    correctedOn: '2023-11-20',
  },
};

/**
 * Beside the seed's own assignment (no due date, only an occasion), one with a date, extended
 * and then reported late, and one withdrawn: the cases "overdue as of" must tell apart.
 */
export const dated: AssignmentCommand[] = [
  {
    type: 'IssueAssignment',
    data: {
      assignmentId: 'asg-dated',
      source: { kind: 'decision', meetingId: NAN, itemId: 'nan-42' },
      sourceFacts: decisionFactsOf(nanState, 'nan-42'),
      owedBy: { organisationId: org.naf, personId: person.kalback },
      owedByFacts: { organisations: [seededOrganisation(org.naf)], registered: [person.kalback] },
      what: 'Beskriv Nynäshamnsmodellen för nämnden',
      issuedOn: '2023-11-06',
      dueOn: '2023-11-28',
    },
  },
  {
    type: 'ExtendAssignment',
    data: {
      assignmentId: 'asg-dated',
      dueOn: '2023-12-15',
      why: 'Omorganisation',
      extendedOn: '2023-11-27',
    },
  },
  {
    type: 'ReportBack',
    data: {
      assignmentId: 'asg-dated',
      deliveredOn: '2024-01-10',
      form: 'written',
      summary: 'Beskrivning bifogad',
    },
  },
];

export const withdrawn: AssignmentCommand[] = [
  {
    type: 'IssueAssignment',
    data: {
      assignmentId: 'asg-withdrawn',
      source: { kind: 'decision', meetingId: NAN, itemId: 'nan-41' },
      sourceFacts: decisionFactsOf(nanState, 'nan-41'),
      owedBy: { organisationId: org.buf },
      owedByFacts: { organisations: [seededOrganisation(org.buf)], registered: [] },
      what: 'Ta fram underlag',
      issuedOn: '2023-11-06',
      dueOn: '2023-12-01',
    },
  },
  {
    type: 'WithdrawAssignment',
    data: { assignmentId: 'asg-withdrawn', withdrawnOn: '2023-11-20', why: 'Inte längre aktuellt' },
  },
];

/** Both seed meetings, the correction and the assignments, appended as a store would hand them out. */
export function nynashamnStreams(): Streams {
  const streams = new Streams();
  streams.append(meetingStream(NAN), '2023-11-15T09:00:00.000Z', nanEvents);
  streams.append(
    meetingStream(NAN),
    '2023-11-20T09:00:00.000Z',
    run(meetingDecider, [correction], nanEvents),
  );
  streams.append(
    meetingStream(JOINT),
    '2024-11-19T09:00:00.000Z',
    run(meetingDecider, jointAu20241114),
  );
  const assignment = (commands: AssignmentCommand[]) => run(assignmentDecider, commands);
  streams.append(
    assignmentStream('asg-nan-42-23'),
    '2023-11-15T09:00:00.000Z',
    assignment([assignment42(decisionFactsOf(nanState, 'nan-42'))]),
  );
  streams.append(assignmentStream('asg-dated'), '2024-01-10T09:00:00.000Z', assignment(dated));
  streams.append(
    assignmentStream('asg-withdrawn'),
    '2023-11-20T09:00:00.000Z',
    assignment(withdrawn),
  );
  return streams;
}

/** The people's names as the personal-data table holds them (erasable; never in events). */
export const NAMES: Record<string, string> = {
  [person.pirrone]: 'Antonella Pirrone',
  [person.svanberg]: 'Håkan Svanberg',
  [person.hagg]: 'Ola Hägg',
  [person.zotterman]: 'Nathalie Zotterman',
  [person.kalback]: 'Petra Kålbäck',
};

/** Structure's organisations the minutes name, for body and organisation names. */
export function structureStreams(streams = new Streams()): Streams {
  const organisation = (
    organisationId: string,
    kind: string,
    name: string,
    shortName: string | null,
  ) =>
    streams.append(`organisation-${organisationId}`, '2023-01-02T09:00:00.000Z', [
      {
        type: 'OrganisationRegistered',
        data: {
          organisationId,
          kind,
          name,
          shortName,
          parentId: null,
          establishedOn: '2019-01-01',
        },
      },
    ]);
  organisation(
    org.nanAu,
    'working-committee',
    'Näringslivs- och arbetsmarknadsnämndens arbetsutskott',
    'NAN AU',
  );
  organisation(org.nan, 'board', 'Näringslivs- och arbetsmarknadsnämnden', 'NAN');
  organisation(org.naf, 'administration', 'Näringslivs- och arbetsmarknadsförvaltningen', 'NAF');
  organisation(org.buf, 'administration', 'Barn- och utbildningsförvaltningen', 'BUF');
  organisation(org.jointAu, 'joint-working-committee', 'Gemensamt arbetsutskott', null);
  return streams;
}
