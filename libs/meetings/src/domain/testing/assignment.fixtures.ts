import type { DecisionFacts, IssueAssignment } from '../assignment/assignment.commands';
import { MEETING } from './meeting.fixtures';

/** A made-up assignment for rule specs, issued by the decision in item-42 of the fixture meeting. */
export const ASSIGNMENT = 'asg-1';

export const source: DecisionFacts = {
  meetingId: MEETING,
  itemId: 'item-42',
  bodyId: 'org-nan-au',
  meetingDate: '2023-11-06',
  decided: true,
};

/** Owed by an organisation active since 2019 and a registered person, unless a spec says not. */
export const issueCommand = (over: Partial<IssueAssignment['data']> = {}): IssueAssignment => ({
  type: 'IssueAssignment',
  data: {
    assignmentId: ASSIGNMENT,
    meetingId: MEETING,
    itemId: 'item-42',
    source,
    owedBy: { organisationId: 'org-naf', personId: 'p-102' },
    owedByFacts: {
      organisation: { organisationId: 'org-naf', establishedOn: '2019-01-01', dissolvedOn: null },
      personRegistered: true,
    },
    what: 'Komplettera ärendet med en beskrivning av modellen',
    issuedOn: '2023-11-06',
    dueOn: '2023-12-31',
    ...over,
  },
});
