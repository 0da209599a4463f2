import { given, run } from '@app/testing';
import {
  AGREEMENT,
  DSO,
  KAN,
  LABOUR,
  addAssignment,
  adopt,
  draftCommand,
  economy,
  followUpRow,
} from '../testing/agreement.fixtures';
import type { AgreementCommand, RecordFollowUp, ReviseAgreement } from './agreement.commands';
import { agreementDecider as decider } from './agreement.decider';
import type { AgreementEvent } from './agreement.events';
import {
  followUpStatus,
  scheduledFollowUps,
  statusAsOf,
  versionAsOf,
  type Agreement,
} from './agreement.state';
import { economyOf } from './economy';

const drafted: AgreementEvent[] = run(decider, [draftCommand(), addAssignment(), economy()]);
const adopted = [...drafted, ...run(decider, [adopt()], drafted)];

const revise = (over: Partial<ReviseAgreement['data']> = {}): ReviseAgreement => ({
  type: 'ReviseAgreement',
  data: {
    agreementId: AGREEMENT,
    effectiveFrom: '2024-04-01',
    reason: 'KAN 2024-03-27 § 31',
    changes: { scope: ['Arbetsmarknadsinsatser', 'Integrationsvägledning'] },
    ...over,
  },
});
const followUp = (over: Partial<RecordFollowUp['data']> = {}): RecordFollowUp => ({
  type: 'RecordFollowUp',
  data: {
    agreementId: AGREEMENT,
    assignmentId: LABOUR,
    dueOn: '2024-02-07',
    outcome: 'delivered',
    on: '2024-02-07',
    form: 'oral',
    ...over,
  },
});
const stateOf = (events: AgreementEvent[]) => given(decider, events).state as Agreement;

describe('agreement decider', () => {
  describe('DraftAgreement', () => {
    it('drafts an agreement between a principal and a provider', () => {
      const [event] = given(decider).when(draftCommand()).events();
      expect(event).toMatchObject({
        type: 'AgreementDrafted',
        data: {
          agreementId: AGREEMENT,
          content: { validFrom: '2024-01-01', validTo: '2024-12-31' },
        },
      });
    });

    it.each([
      ['no provider', { parties: [draftCommand().data.parties[0]!] }, 'AGREEMENT.PARTIES_REQUIRED'],
      [
        'a party twice',
        {
          parties: [
            ...draftCommand().data.parties,
            { ...draftCommand().data.parties[1]!, role: 'principal' as const },
          ],
        },
        'AGREEMENT.PARTY_REPEATED',
      ],
      [
        'a party not found',
        { partyFacts: draftCommand().data.partyFacts.slice(0, 1) },
        'AGREEMENT.PARTY_NOT_FOUND',
      ],
      [
        'a party dissolved before the agreement starts',
        {
          partyFacts: [
            ...draftCommand().data.partyFacts.slice(0, 1),
            { organisationId: DSO, establishedOn: '2019-01-01', dissolvedOn: '2023-12-31' },
          ],
        },
        'AGREEMENT.PARTY_NOT_ACTIVE',
      ],
      [
        'a validity that ends before it starts',
        { validTo: '2023-12-31' },
        'AGREEMENT.VALIDITY_REVERSED',
      ],
      ['no title', { title: ' ' }, 'AGREEMENT.TITLE_REQUIRED'],
      [
        'a section of no known kind',
        { sections: [{ kind: 'gossip' as never, heading: 'x', text: 'y' }] },
        'AGREEMENT.INVALID_SECTION_KIND',
      ],
    ])('refuses %s', (_what, over, code) => {
      given(decider).when(draftCommand(over)).thenFails(code, 'invalid');
    });

    it('drafts once', () => {
      given(decider, drafted)
        .when(draftCommand())
        .thenFails('AGREEMENT.ALREADY_DRAFTED', 'conflict');
    });
  });

  describe('drafting parts', () => {
    it('refuses follow-up dates outside the validity period', () => {
      const events = run(decider, [draftCommand()]);
      const error = given(decider, events)
        .when(addAssignment(['2024-02-07', '2025-01-15']))
        .thenFails('AGREEMENT.FOLLOW_UP_OUTSIDE_VALIDITY', 'invalid');
      expect(error.details).toMatchObject({ dates: ['2025-01-15'] });
      given(decider, events)
        .when({
          ...economy(),
          data: { ...(economy().data as object), economicFollowUps: [followUpRow(['2023-12-01'])] },
        } as AgreementCommand)
        .thenFails('AGREEMENT.FOLLOW_UP_OUTSIDE_VALIDITY');
    });

    it('refuses an assignment twice, a date twice in a plan, and parts once adopted', () => {
      given(decider, drafted)
        .when(addAssignment())
        .thenFails('AGREEMENT.ASSIGNMENT_REPEATED', 'conflict');
      given(decider, run(decider, [draftCommand()]))
        .when(addAssignment(['2024-02-07', '2024-02-07']))
        .thenFails('AGREEMENT.FOLLOW_UP_DATE_REPEATED');
      given(decider, adopted).when(economy()).thenFails('AGREEMENT.NOT_DRAFT', 'conflict');
    });

    it('refuses parts of an agreement that does not exist', () => {
      given(decider).when(addAssignment()).thenFails('AGREEMENT.NOT_FOUND', 'not-found');
    });
  });

  describe('AdoptAgreement and status', () => {
    it('is a draft until adopted, adopted before its validity, in force during it, expired after', () => {
      expect(statusAsOf(stateOf(drafted), '2024-06-01')).toBe('draft');
      const agreement = stateOf(adopted);
      expect(statusAsOf(agreement, '2023-12-12')).toBe('draft');
      expect(statusAsOf(agreement, '2023-12-13')).toBe('adopted');
      expect(statusAsOf(agreement, '2024-01-01')).toBe('in-force');
      expect(statusAsOf(agreement, '2024-12-31')).toBe('in-force');
      expect(statusAsOf(agreement, '2025-01-01')).toBe('expired');
    });

    it('refuses an adoption before the draft or after the validity, and a second one', () => {
      given(decider, drafted)
        .when(adopt('2023-11-01'))
        .thenFails('AGREEMENT.ADOPTION_DATE', 'invalid');
      given(decider, drafted).when(adopt('2025-01-01')).thenFails('AGREEMENT.ADOPTION_DATE');
      given(decider, adopted).when(adopt()).thenFails('AGREEMENT.NOT_DRAFT', 'conflict');
    });
  });

  describe('ReviseAgreement', () => {
    it('keeps both versions: the first before the revision, the revised one from its date', () => {
      const revised = [...adopted, ...run(decider, [revise()], adopted)];
      const agreement = stateOf(revised);
      expect(versionAsOf(agreement, '2024-03-31').version).toBe(1);
      expect(versionAsOf(agreement, '2024-06-01')).toMatchObject({
        version: 2,
        reason: 'KAN 2024-03-27 § 31',
        content: { scope: ['Arbetsmarknadsinsatser', 'Integrationsvägledning'] },
      });
      expect(versionAsOf(agreement, '2024-06-01').content.assignments).toHaveLength(1);
    });

    it('revises only while in force', () => {
      given(decider, drafted).when(revise()).thenFails('AGREEMENT.NOT_IN_FORCE', 'conflict');
      given(decider, adopted)
        .when(revise({ effectiveFrom: '2025-02-01' }))
        .thenFails('AGREEMENT.NOT_IN_FORCE');
      const ended = [
        ...adopted,
        ...run(
          decider,
          [
            {
              type: 'TerminateAgreement',
              data: { agreementId: AGREEMENT, terminatedOn: '2024-03-01', why: 'Omorganisation' },
            },
          ],
          adopted,
        ),
      ];
      given(decider, ended).when(revise()).thenFails('AGREEMENT.NOT_IN_FORCE');
    });

    it.each([
      ['without a reason', { reason: '' }, 'AGREEMENT.REASON_REQUIRED'],
      ['that changes nothing', { changes: {} }, 'AGREEMENT.NOTHING_REVISED'],
      [
        'on the first day of the version before',
        { effectiveFrom: '2024-01-01' },
        'AGREEMENT.REVISION_NOT_AFTER_PREVIOUS',
      ],
      [
        'of an assignment it does not have',
        { changes: { assignments: [{ assignmentId: 'asg-x', parts: [], followUps: [] }] } },
        'AGREEMENT.ASSIGNMENT_NOT_FOUND',
      ],
      [
        'that ends it before its follow-ups',
        { changes: { validTo: '2024-04-30' } },
        'AGREEMENT.FOLLOW_UP_OUTSIDE_VALIDITY',
      ],
    ])('refuses a revision %s', (_what, over, code) => {
      given(decider, adopted).when(revise(over)).thenFails(code, 'invalid');
    });
  });

  describe('RecordFollowUp', () => {
    it('records a scheduled follow-up delivered, at a meeting item with its document', () => {
      const [event] = given(decider, adopted)
        .when(followUp({ meetingId: 'mtg-1', itemId: 'item-1', documentReference: 'KAN/2024:12' }))
        .events();
      expect(event!.data).toMatchObject({
        outcome: 'delivered',
        form: 'oral',
        documentReference: 'KAN/2024:12',
      });
    });

    it('tells due, overdue, delivered and missed apart on the day asked about', () => {
      const recorded = [
        ...adopted,
        ...run(
          decider,
          [
            followUp(),
            followUp({ dueOn: '2024-05-29', outcome: 'missed', on: '2024-06-01', form: null }),
          ],
          adopted,
        ),
      ];
      const agreement = stateOf(recorded);
      const [first, second] = scheduledFollowUps(
        agreement,
        versionAsOf(agreement, '2024-06-01').content,
      );
      expect(second!.material).toEqual({ dueOn: '2024-05-08', to: 'nämndens sakkunniga' });
      expect(followUpStatus(agreement, first!, '2024-02-06')).toBe('due');
      expect(followUpStatus(agreement, first!, '2024-02-07')).toBe('delivered');
      expect(followUpStatus(agreement, second!, '2024-05-30')).toBe('overdue');
      expect(followUpStatus(agreement, second!, '2024-06-01')).toBe('missed');
    });

    it.each([
      [
        'an assignment the version in force does not have',
        { assignmentId: 'asg-x' },
        'AGREEMENT.ASSIGNMENT_NOT_IN_FORCE',
      ],
      [
        'a date nothing is scheduled for',
        { dueOn: '2024-03-01' },
        'AGREEMENT.FOLLOW_UP_NOT_SCHEDULED',
      ],
      [
        'missed before its date',
        { outcome: 'missed' as const, on: '2024-02-07' },
        'AGREEMENT.MISSED_BEFORE_DUE',
      ],
      ['delivered without a form', { form: null }, 'AGREEMENT.INVALID_FORM'],
      ['an item without its meeting', { itemId: 'item-1' }, 'AGREEMENT.ITEM_WITHOUT_MEETING'],
    ])('refuses %s', (_what, over, code) => {
      given(decider, adopted).when(followUp(over)).thenFails(code, 'invalid');
    });

    it('refuses a follow-up of a draft, and one recorded twice', () => {
      given(decider, drafted).when(followUp()).thenFails('AGREEMENT.NOT_ADOPTED', 'conflict');
      const once = [...adopted, ...run(decider, [followUp()], adopted)];
      given(decider, once)
        .when(followUp())
        .thenFails('AGREEMENT.FOLLOW_UP_ALREADY_RECORDED', 'conflict');
    });

    it('records an economic follow-up, owed by the providers', () => {
      const agreement = stateOf(adopted);
      const economic = scheduledFollowUps(
        agreement,
        versionAsOf(agreement, '2024-06-01').content,
      ).filter((f) => f.assignmentId === null);
      expect(economic.map((f) => [f.dueOn, f.owedBy])).toEqual([
        ['2024-05-29', [DSO]],
        ['2024-11-06', [DSO]],
      ]);
      expect(
        given(decider, adopted)
          .when(followUp({ assignmentId: null, dueOn: '2024-05-29', on: '2024-05-29' }))
          .events(),
      ).toHaveLength(1);
    });
  });

  describe('economy', () => {
    it('totals per year and flags, never refuses, a line whose volume × price differs', () => {
      const agreement = stateOf([...run(decider, [draftCommand(), economy(2300, 1100)])]);
      const summary = economyOf(versionAsOf(agreement, '2024-01-01').content.economy);
      expect(summary).toMatchObject({
        totals: [{ year: 2024, compensation: 2300 }],
        mismatches: 1,
      });
      expect(summary.lines[0]).toMatchObject({ computed: 1100, mismatch: true });
    });
  });

  it('names the principal and provider as given', () => {
    expect(stateOf(adopted).parties.map((p) => [p.organisationId, p.role])).toEqual([
      [KAN, 'principal'],
      [DSO, 'provider'],
    ]);
  });
});
