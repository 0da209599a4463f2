import { given } from '@app/testing';
import { issueCommand } from '../testing/assignment.fixtures';
import { assignmentDecider as decider } from './assignment.decider';

const naf = (establishedOn: string, dissolvedOn: string | null = null) => ({
  organisationId: 'org-naf',
  establishedOn,
  dissolvedOn,
});

describe('assignment decider: who owes an assignment exists when it is issued', () => {
  it('refuses an organisation that is not found', () => {
    const error = given(decider)
      .when(issueCommand({ owedByFacts: { organisations: [], registered: ['p-102'] } }))
      .thenFails('ASSIGNMENT.ORGANISATION_NOT_FOUND', 'invalid');
    expect(error.details).toEqual({ organisationId: 'org-naf' });
  });

  it('refuses facts about another organisation than the one named', () => {
    const other = { ...naf('2019-01-01'), organisationId: 'org-buf' };
    given(decider)
      .when(issueCommand({ owedByFacts: { organisations: [other], registered: ['p-102'] } }))
      .thenFails('ASSIGNMENT.ORGANISATION_NOT_FOUND');
  });

  it('refuses an organisation established after the issue date', () => {
    const error = given(decider)
      .when(
        issueCommand({
          owedByFacts: { organisations: [naf('2023-11-07')], registered: ['p-102'] },
        }),
      )
      .thenFails('ASSIGNMENT.ORGANISATION_NOT_ACTIVE', 'invalid');
    expect(error.details).toMatchObject({ on: '2023-11-06', establishedOn: '2023-11-07' });
  });

  it('refuses an organisation dissolved on or before the issue date', () => {
    for (const dissolvedOn of ['2023-11-06', '2023-01-01']) {
      given(decider)
        .when(
          issueCommand({
            owedByFacts: { organisations: [naf('2019-01-01', dissolvedOn)], registered: ['p-102'] },
          }),
        )
        .thenFails('ASSIGNMENT.ORGANISATION_NOT_ACTIVE');
    }
  });

  it('issues to an organisation established that very day and dissolved the day after', () => {
    const [issued] = given(decider)
      .when(
        issueCommand({
          owedByFacts: { organisations: [naf('2023-11-06', '2023-11-07')], registered: ['p-102'] },
        }),
      )
      .events();
    expect(issued.type).toBe('AssignmentIssued');
  });

  it('refuses a person who is not registered', () => {
    const error = given(decider)
      .when(issueCommand({ owedByFacts: { organisations: [naf('2019-01-01')], registered: [] } }))
      .thenFails('ASSIGNMENT.PERSON_NOT_FOUND', 'invalid');
    expect(error.details).toEqual({ personIds: ['p-102'] });
  });

  it('asks nothing about a person when only an organisation owes it', () => {
    const [issued] = given(decider)
      .when(
        issueCommand({
          owedBy: { organisationId: 'org-naf' },
          owedByFacts: { organisations: [naf('2019-01-01')], registered: [] },
        }),
      )
      .events();
    expect(issued.type).toBe('AssignmentIssued');
  });
});
