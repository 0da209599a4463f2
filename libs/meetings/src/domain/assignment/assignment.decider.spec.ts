import fc from 'fast-check';
import { fold, given, run } from '@app/testing';
import { ASSIGNMENT, issueCommand, source } from '../testing/assignment.fixtures';
import { MEETING, approved, held, recordItem, withItem } from '../testing/meeting.fixtures';
import { meetingDecider } from '../meeting/meeting.decider';
import type { ExtendAssignment, ReportBack, WithdrawAssignment } from './assignment.commands';
import { assignmentDecider as decider } from './assignment.decider';
import { validFromOfAssignmentEvent, type AssignmentEvent } from './assignment.events';
import { decisionFactsOf } from './assignment.source';
import { reportedInTime, statusOf } from './assignment.state';

const A = ASSIGNMENT;

const report = (over: Partial<ReportBack['data']> = {}): ReportBack => ({
  type: 'ReportBack',
  data: {
    assignmentId: A,
    deliveredOn: '2023-11-28',
    meetingId: 'mtg-2',
    itemId: 'item-60',
    meetingFacts: { meetingId: 'mtg-2', held: true, date: '2023-11-28', itemIds: ['item-60'] },
    form: 'written',
    summary: 'Beskrivningen är bifogad ärendet.',
    ...over,
  },
});
const extend = (over: Partial<ExtendAssignment['data']> = {}): ExtendAssignment => ({
  type: 'ExtendAssignment',
  data: {
    assignmentId: A,
    dueOn: '2024-02-29',
    why: 'Omorganisation',
    extendedOn: '2023-12-15',
    ...over,
  },
});
const withdraw = (over: Partial<WithdrawAssignment['data']> = {}): WithdrawAssignment => ({
  type: 'WithdrawAssignment',
  data: { assignmentId: A, withdrawnOn: '2023-12-01', ...over },
});

const issued: AssignmentEvent[] = run(decider, [issueCommand()]);
const reported = [...issued, ...run(decider, [report()], issued)];
const withdrawn = [...issued, ...run(decider, [withdraw()], issued)];
const extended = [...issued, ...run(decider, [extend()], issued)];

describe('assignment decider', () => {
  describe('IssueAssignment', () => {
    it('issues an assignment from a decision item', () => {
      given(decider)
        .when(issueCommand({ dueNote: 'inför utskick till nämnden' }))
        .then([
          {
            type: 'AssignmentIssued',
            data: {
              assignmentId: A,
              source: {
                kind: 'decision',
                meetingId: MEETING,
                itemId: 'item-42',
                bodyId: 'org-nan-au',
              },
              owedBy: { organisationId: 'org-naf', personId: 'p-102' },
              jointlyWith: [],
              what: 'Komplettera ärendet med en beskrivning av modellen',
              issuedOn: '2023-11-06',
              dueOn: '2023-12-31',
              dueNote: 'inför utskick till nämnden',
            },
          },
        ]);
    });

    it('owes it an organisation alone, by an occasion rather than a date, due the day it is issued', () => {
      const noDate = given(decider)
        .when(issueCommand({ owedBy: { organisationId: 'org-naf' }, dueOn: null }))
        .events()[0]!;
      expect(noDate.data).toMatchObject({ owedBy: { personId: null }, dueOn: null });
      expect(
        given(decider)
          .when(issueCommand({ dueOn: '2023-11-06' }))
          .events(),
      ).toHaveLength(1);
    });

    it.each([
      ['no such item', { sourceFacts: null }, 'ASSIGNMENT.SOURCE_NOT_FOUND', 'invalid'],
      [
        'facts of another item',
        { source: { kind: 'decision', meetingId: MEETING, itemId: 'item-43' } },
        'ASSIGNMENT.SOURCE_NOT_FOUND',
        'invalid',
      ],
      [
        'an item without a decision',
        { sourceFacts: { ...source, decided: false } },
        'ASSIGNMENT.SOURCE_NOT_DECISION',
        'conflict',
      ],
      [
        'a date before the decision',
        { issuedOn: '2023-11-05' },
        'ASSIGNMENT.BEFORE_DECISION',
        'invalid',
      ],
      [
        'a due date before issue',
        { dueOn: '2023-11-05' },
        'ASSIGNMENT.DUE_BEFORE_ISSUE',
        'invalid',
      ],
      ['nothing asked', { what: ' ' }, 'ASSIGNMENT.WHAT_REQUIRED', 'invalid'],
      [
        'no organisation owing it',
        { owedBy: { organisationId: '' } },
        'ASSIGNMENT.ORGANISATION_ID_REQUIRED',
        'invalid',
      ],
      ['an impossible due date', { dueOn: '2023-13-01' }, 'ASSIGNMENT.INVALID_DATE', 'invalid'],
    ] as const)('refuses %s', (_what, over, code, kind) => {
      given(decider).when(issueCommand(over)).thenFails(code, kind);
    });

    it('issues once', () => {
      given(decider, issued)
        .when(issueCommand())
        .thenFails('ASSIGNMENT.ALREADY_ISSUED', 'conflict');
    });
  });

  describe('decision facts from the meeting stream', () => {
    it('finds a decided item, and an undecided or unknown one for what it is', () => {
      expect(decisionFactsOf(fold(meetingDecider, withItem), 'item-42')).toEqual(source);
      expect(decisionFactsOf(fold(meetingDecider, approved), 'nope')).toBeNull();
      expect(decisionFactsOf(meetingDecider.initialState, 'item-42')).toBeNull();
      const agenda = [...held, ...run(meetingDecider, [recordItem({ decision: null })], held)];
      expect(decisionFactsOf(fold(meetingDecider, agenda), 'item-42')?.decided).toBe(false);
    });
  });

  describe('ReportBack', () => {
    it('reports back in a meeting', () => {
      given(decider, issued)
        .when(report())
        .then([
          {
            type: 'AssignmentReportedBack',
            data: {
              assignmentId: A,
              deliveredOn: '2023-11-28',
              organisationId: null,
              meetingId: 'mtg-2',
              itemId: 'item-60',
              form: 'written',
              summary: 'Beskrivningen är bifogad ärendet.',
            },
          },
        ]);
    });

    it('reports back outside a meeting, orally, on the day it was issued', () => {
      const event = given(decider, issued)
        .when(report({ meetingId: null, itemId: null, form: 'oral', deliveredOn: '2023-11-06' }))
        .events()[0]!;
      expect(event.data).toMatchObject({ meetingId: null, itemId: null, form: 'oral' });
    });

    it.each([
      ['a reported assignment', reported, 'ASSIGNMENT.NOT_OPEN', 'conflict'],
      ['a withdrawn assignment', withdrawn, 'ASSIGNMENT.NOT_OPEN', 'conflict'],
      ['no assignment', [], 'ASSIGNMENT.NOT_FOUND', 'not-found'],
    ] as const)('refuses a report-back on %s', (_what, history, code, kind) => {
      given(decider, history).when(report()).thenFails(code, kind);
    });

    it.each([
      ['before it was issued', { deliveredOn: '2023-11-05' }, 'ASSIGNMENT.BEFORE_LAST_CHANGE'],
      ['an item without its meeting', { meetingId: null }, 'ASSIGNMENT.ITEM_WITHOUT_MEETING'],
      [
        'in a meeting that does not exist',
        { meetingFacts: null },
        'ASSIGNMENT.REPORT_MEETING_NOT_FOUND',
      ],
      [
        'in a meeting the facts are not about',
        { meetingId: 'mtg-3' },
        'ASSIGNMENT.REPORT_MEETING_NOT_FOUND',
      ],
      [
        'in a meeting not held',
        {
          meetingFacts: {
            meetingId: 'mtg-2',
            held: false,
            date: '2023-11-28',
            itemIds: ['item-60'],
          },
        },
        'ASSIGNMENT.REPORT_MEETING_NOT_HELD',
      ],
      [
        'under an item of another meeting',
        { itemId: 'item-61' },
        'ASSIGNMENT.REPORT_ITEM_NOT_FOUND',
      ],
      ['an unknown form', { form: 'smoke' as never }, 'ASSIGNMENT.INVALID_FORM'],
      ['an empty summary', { summary: '' }, 'ASSIGNMENT.SUMMARY_REQUIRED'],
    ])('refuses a report %s', (_what, over, code) => {
      given(decider, issued).when(report(over)).thenFails(code, 'invalid');
    });

    it('refuses a report dated before the meeting it names, unless it may fall on or after it', () => {
      // Issued 2023-11-06; the meeting that heard the report sat on 2023-11-28.
      const error = given(decider, issued)
        .when(report({ deliveredOn: '2023-11-27' }))
        .thenFails('ASSIGNMENT.REPORT_BEFORE_MEETING', 'invalid');
      expect(error.details).toMatchObject({ meetingId: 'mtg-2', meetingDate: '2023-11-28' });
      for (const deliveredOn of ['2023-11', '2023', '2023-12-01']) {
        expect(given(decider, issued).when(report({ deliveredOn })).events()).toHaveLength(1);
      }
    });

    it('refuses a report dated before an extension already recorded', () => {
      given(decider, extended)
        .when(report({ deliveredOn: '2023-12-14' }))
        .thenFails('ASSIGNMENT.BEFORE_LAST_CHANGE', 'invalid');
    });
  });

  describe('ExtendAssignment', () => {
    it('moves the due date and says from what', () => {
      given(decider, issued)
        .when(extend())
        .then([
          {
            type: 'AssignmentExtended',
            data: {
              assignmentId: A,
              previousDueOn: '2023-12-31',
              dueOn: '2024-02-29',
              why: 'Omorganisation',
              extendedOn: '2023-12-15',
            },
          },
        ]);
    });

    it('gives a first date to an assignment due by an occasion', () => {
      const undated = run(decider, [issueCommand({ dueOn: null })]);
      const event = given(decider, undated)
        .when(extend({ dueOn: '2023-12-15' }))
        .events()[0]!;
      expect(event.data).toMatchObject({ previousDueOn: null, dueOn: '2023-12-15' });
    });

    it.each([
      ['to the same date', { dueOn: '2023-12-31' }, 'ASSIGNMENT.EXTENSION_NOT_LATER'],
      ['to an earlier date', { dueOn: '2023-12-20' }, 'ASSIGNMENT.EXTENSION_NOT_LATER'],
      [
        'to a date before it is granted',
        { dueOn: '2024-01-10', extendedOn: '2024-01-11' },
        'ASSIGNMENT.DUE_BEFORE_EXTENSION',
      ],
      ['dated before issue', { extendedOn: '2023-11-01' }, 'ASSIGNMENT.BEFORE_LAST_CHANGE'],
      ['without a reason', { why: '' }, 'ASSIGNMENT.WHY_REQUIRED'],
    ])('refuses an extension %s', (_what, over, code) => {
      given(decider, issued).when(extend(over)).thenFails(code, 'invalid');
    });

    it('extends an overdue assignment, but not a closed one', () => {
      expect(
        given(decider, issued)
          .when(extend({ extendedOn: '2024-01-15' }))
          .events(),
      ).toHaveLength(1);
      given(decider, reported).when(extend()).thenFails('ASSIGNMENT.NOT_OPEN', 'conflict');
    });
  });

  describe('WithdrawAssignment', () => {
    it('withdraws an open assignment', () => {
      given(decider, issued)
        .when(withdraw({ why: 'Ärendet återkallat' }))
        .then([
          {
            type: 'AssignmentWithdrawn',
            data: { assignmentId: A, withdrawnOn: '2023-12-01', why: 'Ärendet återkallat' },
          },
        ]);
    });

    it.each([
      ['twice', withdrawn, 'ASSIGNMENT.NOT_OPEN'],
      ['once reported', reported, 'ASSIGNMENT.NOT_OPEN'],
    ])('refuses to withdraw %s', (_what, history, code) => {
      given(decider, history).when(withdraw()).thenFails(code, 'conflict');
    });

    it('refuses a withdrawal dated before issue', () => {
      given(decider, issued)
        .when(withdraw({ withdrawnOn: '2023-11-01' }))
        .thenFails('ASSIGNMENT.BEFORE_LAST_CHANGE', 'invalid');
    });
  });

  describe('statusOf', () => {
    const stateOf = (events: AssignmentEvent[]) => fold(decider, events);

    it.each([
      ['2023-11-05', null],
      ['2023-11-06', 'open'],
      ['2023-12-31', 'open'],
      ['2024-01-01', 'overdue'],
    ])('on %s an issued assignment due 2023-12-31 is %s', (asOf, status) => {
      expect(statusOf(stateOf(issued), asOf)).toBe(status);
    });

    it('follows the due date in force on the day asked about', () => {
      const late = [...issued, ...run(decider, [extend({ extendedOn: '2024-01-10' })], issued)];
      expect(statusOf(stateOf(late), '2024-01-05')).toBe('overdue');
      expect(statusOf(stateOf(late), '2024-01-10')).toBe('open');
      expect(statusOf(stateOf(late), '2024-03-01')).toBe('overdue');
    });

    it('is reported or withdrawn only from the day that happened', () => {
      expect(statusOf(stateOf(reported), '2023-11-27')).toBe('open');
      expect(statusOf(stateOf(reported), '2023-11-28')).toBe('reported');
      expect(statusOf(stateOf(withdrawn), '2023-11-30')).toBe('open');
      expect(statusOf(stateOf(withdrawn), '2030-01-01')).toBe('withdrawn');
    });

    it('is never overdue without a due date, and null for no assignment', () => {
      const undated = run(decider, [issueCommand({ dueOn: null })]);
      expect(statusOf(stateOf(undated), '2099-12-31')).toBe('open');
      expect(statusOf(decider.initialState, '2024-01-01')).toBeNull();
    });

    it('tells whether the report came in time', () => {
      expect(reportedInTime(stateOf(reported))).toBe(true);
      const late = [...issued, ...run(decider, [report({ deliveredOn: '2024-01-02' })], issued)];
      expect(reportedInTime(stateOf(late))).toBe(false);
      expect(reportedInTime(stateOf(issued))).toBeNull();
    });

    it('is overdue exactly when open past the due date (property)', () => {
      const day = fc.integer({ min: 0, max: 120 }).map((n) => {
        const d = new Date(Date.UTC(2023, 10, 6 + n));
        return d.toISOString().slice(0, 10);
      });
      fc.assert(
        fc.property(day, day, fc.option(day, { nil: null }), (due, asOf, delivered) => {
          const events = run(decider, [
            issueCommand({ dueOn: due }),
            ...(delivered
              ? [report({ deliveredOn: delivered, meetingId: null, itemId: null })]
              : []),
          ]);
          const status = statusOf(fold(decider, events), asOf);
          const expected =
            delivered !== null && delivered <= asOf ? 'reported' : asOf > due ? 'overdue' : 'open';
          expect(status).toBe(expected);
        }),
      );
    });
  });

  it('dates each event by its own act', () => {
    const all = [...extended, ...run(decider, [report({ deliveredOn: '2024-01-20' })], extended)];
    expect(all.map(validFromOfAssignmentEvent)).toEqual(['2023-11-06', '2023-12-15', '2024-01-20']);
    expect(validFromOfAssignmentEvent(withdrawn[1]!)).toBe('2023-12-01');
  });
});
