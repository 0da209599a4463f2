import { fold, given, run } from '@app/testing';
import { ASSIGNMENT, issueCommand } from '../testing/assignment.fixtures';
import { assignmentDecider as decider } from './assignment.decider';
import { reportedInTime, statusCertaintyOf, statusOf } from './assignment.state';

/** Old decisions say "senast december 2023": a due date known to the month is due at its end. */
describe('assignment dates as precise as the source', () => {
  const issuedOnMeeting = (over: Parameters<typeof issueCommand>[0]) =>
    issueCommand({ issuedOn: '2023-11-06', ...over });

  it('keeps a due date known to the month as given', () => {
    given(decider)
      .when(issuedOnMeeting({ dueOn: '2023-12' }))
      .then([
        expect.objectContaining({
          data: expect.objectContaining({ issuedOn: '2023-11-06', dueOn: '2023-12' }),
        }),
      ]);
  });

  it('is due at the end of the month: open through 2023-12-31, overdue from 2024-01-01', () => {
    const state = fold(decider, run(decider, [issuedOnMeeting({ dueOn: '2023-12' })]));
    expect(statusOf(state, '2023-12-01')).toBe('open');
    expect(statusOf(state, '2023-12-31')).toBe('open');
    expect(statusOf(state, '2024-01-01')).toBe('overdue');
  });

  it('refuses a due date only when certainly before the issue', () => {
    given(decider)
      .when(issuedOnMeeting({ dueOn: '2023' }))
      .then([expect.objectContaining({ type: 'AssignmentIssued' })]);
    given(decider)
      .when(issuedOnMeeting({ dueOn: '2023-10' }))
      .thenFails('ASSIGNMENT.DUE_BEFORE_ISSUE', 'invalid');
  });

  it('refuses a date that is no date', () => {
    given(decider)
      .when(issuedOnMeeting({ dueOn: 'december 2023' }))
      .thenFails('ASSIGNMENT.INVALID_DATE', 'invalid');
  });

  it('an extension from "2023-12" to "2024" moves the due date; to "2023-12-20" it does not', () => {
    const issued = run(decider, [issuedOnMeeting({ dueOn: '2023-12' })]);
    const extend = (dueOn: string) => ({
      type: 'ExtendAssignment' as const,
      data: { assignmentId: ASSIGNMENT, dueOn, why: 'Omorganisation', extendedOn: '2023-12-15' },
    });
    given(decider, issued)
      .when(extend('2024'))
      .then([expect.objectContaining({ type: 'AssignmentExtended' })]);
    // November ends before the extension was granted: certainly wrong.
    given(decider, issued)
      .when(extend('2023-11'))
      .thenFails('ASSIGNMENT.DUE_BEFORE_EXTENSION', 'invalid');
  });

  it('a report known to the month counts as in time unless certainly late', () => {
    const issued = run(decider, [issuedOnMeeting({ dueOn: '2024-01-15' })]);
    const report = (deliveredOn: string) => ({
      type: 'ReportBack' as const,
      data: { assignmentId: ASSIGNMENT, deliveredOn, form: 'written' as const, summary: 'Klart.' },
    });
    const inJanuary = [...issued, ...run(decider, [report('2024-01')], issued)];
    expect(reportedInTime(fold(decider, inJanuary))).toBe(true);
    expect(statusOf(fold(decider, inJanuary), '2024-01-01')).toBe('reported');
    const inFebruary = [...issued, ...run(decider, [report('2024-02')], issued)];
    expect(reportedInTime(fold(decider, inFebruary))).toBe(false);
  });

  it('an assignment issued "2023" is in the register from the year\'s first day', () => {
    const state = fold(decider, run(decider, [issueCommand({ issuedOn: '2023', dueOn: '2024' })]));
    expect(statusOf(state, '2022-12-31')).toBeNull();
    expect(statusOf(state, '2023-01-01')).toBe('open');
    expect(statusOf(state, '2024-12-31')).toBe('open');
    expect(statusOf(state, '2025-01-01')).toBe('overdue');
  });

  it('its status is uncertain while a date it rests on may or may not have come', () => {
    const state = fold(decider, run(decider, [issueCommand({ issuedOn: '2023', dueOn: '2024' })]));
    if (state.status === 'none') throw new Error('not issued');
    expect(statusCertaintyOf(state, '2023-06-01')).toBe('uncertain');
    expect(statusCertaintyOf(state, '2023-12-31')).toBe('certain');
    // Overdue is certain: a year is due at its end.
    expect(statusCertaintyOf(state, '2025-01-01')).toBe('certain');
    const report = {
      type: 'ReportBack' as const,
      data: {
        assignmentId: ASSIGNMENT,
        deliveredOn: '2024-05',
        form: 'written' as const,
        summary: 'Klart.',
      },
    };
    const events = run(decider, [issueCommand({ issuedOn: '2023', dueOn: '2024' }), report]);
    const reported = fold(decider, events);
    if (reported.status === 'none') throw new Error('not issued');
    expect(statusOf(reported, '2024-05-10')).toBe('reported');
    expect(statusCertaintyOf(reported, '2024-05-10')).toBe('uncertain');
    expect(statusCertaintyOf(reported, '2024-06-01')).toBe('certain');
  });
});
