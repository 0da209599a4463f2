import { given, run } from '@app/testing';
import { ASSIGNMENT, issueCommand } from '../testing/assignment.fixtures';
import type { ReportBack } from './assignment.commands';
import { assignmentDecider as decider } from './assignment.decider';
import type { AssignmentEvent } from './assignment.events';
import { completingReport, reportedBy, reportedInTime, statusOf } from './assignment.state';

const joint = issueCommand({
  owedBy: { organisationId: 'org-naf' },
  jointlyWith: [{ organisationId: 'org-buf', personId: 'p-102' }],
  dueOn: '2024-12-18',
});
const issued: AssignmentEvent[] = run(decider, [joint]);

const report = (on: string, organisationId?: string | null): ReportBack => ({
  type: 'ReportBack',
  data: {
    assignmentId: ASSIGNMENT,
    deliveredOn: on,
    organisationId,
    form: 'oral',
    summary: 'Muntlig rapport',
  },
});

describe('assignment decider: owed jointly by several organisations', () => {
  it('issues a joint assignment with every debtor checked', () => {
    expect(issued[0]!.data).toMatchObject({
      owedBy: { organisationId: 'org-naf', personId: null },
      jointlyWith: [{ organisationId: 'org-buf', personId: 'p-102' }],
    });
  });

  it.each([
    [
      'a debtor named twice',
      { jointlyWith: [{ organisationId: 'org-naf' }] },
      'ASSIGNMENT.DEBTOR_REPEATED',
    ],
    [
      'a joint debtor not found',
      { jointlyWith: [{ organisationId: 'org-x' }] },
      'ASSIGNMENT.ORGANISATION_NOT_FOUND',
    ],
    [
      'a joint debtor person not registered',
      { jointlyWith: [{ organisationId: 'org-buf', personId: 'p-9' }] },
      'ASSIGNMENT.PERSON_NOT_FOUND',
    ],
    [
      'joint debtors that are not a list',
      { jointlyWith: 'org-buf' as never },
      'ASSIGNMENT.INVALID_JOINTLY_WITH',
    ],
  ])('refuses %s', (_what, over, code) => {
    given(decider).when(issueCommand(over)).thenFails(code, 'invalid');
  });

  it('is reported once every debtor has reported, each its own part', () => {
    const first = [...issued, ...run(decider, [report('2024-03-27', 'org-buf')], issued)];
    const state = given(decider, first).state;
    expect(state.status).toBe('open');
    expect(statusOf(state, '2024-03-27')).toBe('open');
    expect(statusOf(state, '2024-12-31')).toBe('overdue');
    expect(reportedInTime(state)).toBeNull();

    const both = [...first, ...run(decider, [report('2024-05-29', 'org-naf')], first)];
    const done = given(decider, both).state;
    expect(done.status).toBe('reported');
    expect(statusOf(done, '2024-05-28')).toBe('open');
    expect(statusOf(done, '2024-05-29')).toBe('reported');
    if (done.status === 'none') throw new Error('issued');
    expect(reportedBy(done, '2024-04-01')).toEqual(['org-buf']);
    expect(reportedBy(done)).toEqual(['org-naf', 'org-buf']);
    expect(completingReport(done)?.deliveredOn).toBe('2024-05-29');
    expect(reportedInTime(done)).toBe(true);
  });

  it('is reported by one joint report for all', () => {
    const state = given(decider, issued).when(report('2023-12-01')).state();
    expect(state.status).toBe('reported');
  });

  it('refuses a report for an organisation that does not owe it', () => {
    given(decider, issued)
      .when(report('2023-12-01', 'org-sof'))
      .thenFails('ASSIGNMENT.NOT_A_DEBTOR', 'invalid');
  });

  it('refuses a second report by the same debtor, and a joint one after a part', () => {
    const first = [...issued, ...run(decider, [report('2023-11-20', 'org-buf')], issued)];
    given(decider, first)
      .when(report('2023-11-21', 'org-buf'))
      .thenFails('ASSIGNMENT.ALREADY_REPORTED', 'conflict');
    const error = given(decider, first)
      .when(report('2023-11-21'))
      .thenFails('ASSIGNMENT.ALREADY_REPORTED', 'conflict');
    expect(error.details).toEqual({ organisationIds: ['org-buf'] });
  });
});
