import type { DecisionFacts, IssueAssignment } from '../assignment/assignment.commands';
import { MEETING } from './meeting.fixtures';

/** A made-up assignment for rule specs, issued by the decision in item-42 of the fixture meeting. */
export const ASSIGNMENT = 'asg-1';

export const source: DecisionFacts = {
  kind: 'decision',
  meetingId: MEETING,
  itemId: 'item-42',
  bodyId: 'org-nan-au',
  meetingDate: '2023-11-06',
  decided: true,
};

export const activeSince2019 = (organisationId: string) => ({
  organisationId,
  establishedOn: '2019-01-01',
  dissolvedOn: null,
});

/** Owed by an organisation active since 2019 and a registered person, unless a spec says not. */
export const issueCommand = (over: Partial<IssueAssignment['data']> = {}): IssueAssignment => ({
  type: 'IssueAssignment',
  data: {
    assignmentId: ASSIGNMENT,
    source: { kind: 'decision', meetingId: MEETING, itemId: 'item-42' },
    sourceFacts: source,
    owedBy: { organisationId: 'org-naf', personId: 'p-102' },
    owedByFacts: {
      organisations: ['org-naf', 'org-buf', 'org-sof'].map(activeSince2019),
      registered: ['p-102'],
    },
    what: 'Komplettera ärendet med en beskrivning av modellen',
    issuedOn: '2023-11-06',
    dueOn: '2023-12-31',
    ...over,
  },
});
