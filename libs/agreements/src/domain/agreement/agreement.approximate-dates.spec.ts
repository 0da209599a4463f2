import { given, run } from '@app/testing';
import {
  AGREEMENT,
  LABOUR,
  addAssignment,
  adopt,
  draftCommand,
} from '../testing/agreement.fixtures';
import type { AgreementCommand, RecordFollowUp } from './agreement.commands';
import { agreementDecider as decider } from './agreement.decider';
import type { AgreementEvent } from './agreement.events';
import {
  agreementCertainty,
  followUpCertainty,
  followUpStatus,
  scheduledFollowUps,
  statusAsOf,
  versionAsOf,
  versionCertainty,
  type Agreement,
} from './agreement.state';

/** "Överenskommelsen undertecknades 2019 och gäller till 2022": dates as the source gives them. */
describe('agreement dates as precise as the source', () => {
  const draft = draftCommand({ draftedOn: '2019', validFrom: '2019', validTo: '2022' });
  const drafted: AgreementEvent[] = run(decider, [draft, addAssignment(['2020', '2021-06'])]);
  const adopted = [...drafted, ...run(decider, [adopt('2019')], drafted)];
  const stateOf = (events: AgreementEvent[]) => given(decider, events).state as Agreement;
  const followUp = (over: Partial<RecordFollowUp['data']>): RecordFollowUp => ({
    type: 'RecordFollowUp',
    data: {
      agreementId: AGREEMENT,
      assignmentId: LABOUR,
      dueOn: '2020',
      outcome: 'delivered',
      on: '2020-11',
      form: 'written',
      ...over,
    },
  });
  const terminate = (terminatedOn: string): AgreementCommand => ({
    type: 'TerminateAgreement',
    data: { agreementId: AGREEMENT, terminatedOn, why: 'Ersatt av ny överenskommelse' },
  });
  const revise = (effectiveFrom: string, validTo?: string): AgreementCommand => ({
    type: 'ReviseAgreement',
    data: {
      agreementId: AGREEMENT,
      effectiveFrom,
      reason: 'KAN § 12',
      changes: validTo ? { validTo } : { scope: ['Arbetsmarknad'] },
    },
  });

  it('keeps every date as given in its events', () => {
    expect(drafted[0]!.data).toMatchObject({
      draftedOn: '2019',
      content: { validFrom: '2019', validTo: '2022' },
    });
    expect(adopted.at(-1)!.data).toMatchObject({ adoptedOn: '2019' });
    expect(stateOf(adopted).versions[0]!.content.assignments[0]!.followUps[0]!.dates).toEqual([
      { on: '2020', form: 'written', note: null },
      { on: '2021-06', form: 'written', note: null },
    ]);
  });

  it('refuses a date that is no date', () => {
    given(decider)
      .when(draftCommand({ validTo: '2022-13' }))
      .thenFails('AGREEMENT.INVALID_DATE', 'invalid');
  });

  it('refuses a validity only when its end is certainly before its start', () => {
    given(decider)
      .when(draftCommand({ validFrom: '2022-03-01', validTo: '2022' }))
      .then([expect.objectContaining({ type: 'AgreementDrafted' })]);
    given(decider)
      .when(draftCommand({ validFrom: '2022-03', validTo: '2022-02' }))
      .thenFails('AGREEMENT.VALIDITY_REVERSED', 'invalid');
  });

  it('takes a party known to the year as active unless certainly outside its life', () => {
    const party = (establishedOn: string, dissolvedOn: string | null = null) =>
      draftCommand({
        validFrom: '2024-03-01',
        validTo: '2024',
        partyFacts: draftCommand().data.partyFacts.map((f) => ({
          ...f,
          establishedOn,
          dissolvedOn,
        })),
      });
    given(decider)
      .when(party('2024'))
      .then([expect.objectContaining({ type: 'AgreementDrafted' })]);
    given(decider)
      .when(party('2019', '2024-03'))
      .then([expect.objectContaining({ type: 'AgreementDrafted' })]);
    given(decider).when(party('2024-04')).thenFails('AGREEMENT.PARTY_NOT_ACTIVE', 'invalid');
    given(decider)
      .when(party('2019', '2024-02'))
      .thenFails('AGREEMENT.PARTY_NOT_ACTIVE', 'invalid');
  });

  it('plans follow-ups inside a validity known to the year unless certainly outside it', () => {
    const to2025 = run(decider, [draftCommand({ validFrom: '2024', validTo: '2025' })]);
    given(decider, to2025)
      .when(addAssignment(['2025-06']))
      .then([expect.objectContaining({ type: 'AgreementAssignmentAdded' })]);
    given(decider, to2025)
      .when(addAssignment(['2026-01']))
      .thenFails('AGREEMENT.FOLLOW_UP_OUTSIDE_VALIDITY', 'invalid');
  });

  it('is adopted in the year it was drafted, not certainly after its validity', () => {
    given(decider, drafted).when(adopt('2018-12')).thenFails('AGREEMENT.ADOPTION_DATE', 'invalid');
    given(decider, drafted).when(adopt('2023')).thenFails('AGREEMENT.ADOPTION_DATE', 'invalid');
    given(decider, drafted)
      .when(adopt('2022-12'))
      .then([expect.objectContaining({ type: 'AgreementAdopted' })]);
  });

  it('is in force from its first possible day, uncertain until its start has surely come', () => {
    const agreement = stateOf(adopted);
    expect(statusAsOf(agreement, '2018-12-31')).toBe('draft');
    expect(statusAsOf(agreement, '2019-01-01')).toBe('in-force');
    expect(agreementCertainty(agreement, '2019-06-01')).toBe('uncertain');
    expect(agreementCertainty(agreement, '2020-06-01')).toBe('certain');
  });

  it('holds to the last day its end may be, uncertain through that year', () => {
    const agreement = stateOf(adopted);
    expect(statusAsOf(agreement, '2022-01-01')).toBe('in-force');
    expect(agreementCertainty(agreement, '2022-01-01')).toBe('certain');
    expect(statusAsOf(agreement, '2022-12-31')).toBe('in-force');
    expect(agreementCertainty(agreement, '2022-06-01')).toBe('uncertain');
    expect(statusAsOf(agreement, '2023-01-01')).toBe('expired');
    expect(agreementCertainty(agreement, '2023-01-01')).toBe('certain');
  });

  it('is revised or terminated on a date it may be in force, not one it certainly is not', () => {
    given(decider, adopted)
      .when(revise('2022'))
      .then([expect.objectContaining({ type: 'AgreementRevised' })]);
    given(decider, adopted).when(revise('2023')).thenFails('AGREEMENT.NOT_IN_FORCE', 'conflict');
    given(decider, adopted)
      .when(terminate('2022'))
      .then([expect.objectContaining({ type: 'AgreementTerminated' })]);
    given(decider, adopted)
      .when(terminate('2023-01'))
      .thenFails('AGREEMENT.NOT_IN_FORCE', 'conflict');
  });

  it('takes a revision in the month of the one before it, in the order recorded', () => {
    const revised = [...adopted, ...run(decider, [revise('2020-05')], adopted)];
    given(decider, revised)
      .when(revise('2020-05'))
      .then([expect.objectContaining({ type: 'AgreementRevised' })]);
    given(decider, revised)
      .when(revise('2020-04'))
      .thenFails('AGREEMENT.REVISION_NOT_AFTER_PREVIOUS', 'invalid');
    expect(versionAsOf(stateOf(revised), '2020-05-01').version).toBe(2);
    expect(versionCertainty(stateOf(revised), '2020-05-10')).toBe('uncertain');
    expect(versionCertainty(stateOf(revised), '2020-05-31')).toBe('certain');
  });

  it('is terminated from the last day the termination may be, uncertain before it', () => {
    const ended = stateOf([...adopted, ...run(decider, [terminate('2021-03')], adopted)]);
    expect(statusAsOf(ended, '2021-03-15')).toBe('in-force');
    expect(agreementCertainty(ended, '2021-03-15')).toBe('uncertain');
    expect(statusAsOf(ended, '2021-03-31')).toBe('terminated');
    expect(agreementCertainty(ended, '2021-03-31')).toBe('certain');
  });

  it('takes a follow-up due in a year to be due at its end, overdue the day after', () => {
    const agreement = stateOf(adopted);
    const [due2020, due2021] = scheduledFollowUps(agreement, agreement.versions[0]!.content);
    expect(due2020).toMatchObject({
      dueOn: '2020',
      material: { dueOn: '2020-12-10', to: 'nämndens sakkunniga' },
    });
    expect(followUpStatus(agreement, due2020!, '2020-12-31')).toBe('due');
    expect(followUpStatus(agreement, due2020!, '2021-01-01')).toBe('overdue');
    expect(followUpStatus(agreement, due2021!, '2021-07-01')).toBe('overdue');
  });

  it('records a follow-up by the date its plan gives, uncertain until the record surely came', () => {
    const recorded = stateOf([...adopted, ...run(decider, [followUp({})], adopted)]);
    const [due2020] = scheduledFollowUps(recorded, recorded.versions[0]!.content);
    expect(followUpStatus(recorded, due2020!, '2020-11-01')).toBe('delivered');
    expect(followUpCertainty(recorded, due2020!, '2020-11-01')).toBe('uncertain');
    expect(followUpCertainty(recorded, due2020!, '2020-11-30')).toBe('certain');
    given(decider, adopted)
      .when(followUp({ dueOn: '2020-06' }))
      .thenFails('AGREEMENT.FOLLOW_UP_NOT_SCHEDULED', 'invalid');
  });

  it('records a miss only when it may be after the end of the period it was due in', () => {
    given(decider, adopted)
      .when(followUp({ outcome: 'missed', on: '2020-12' }))
      .thenFails('AGREEMENT.MISSED_BEFORE_DUE', 'invalid');
    given(decider, adopted)
      .when(followUp({ outcome: 'missed', on: '2021' }))
      .then([expect.objectContaining({ type: 'FollowUpRecorded' })]);
  });

  it('plans the same year and a month of it as two follow-ups', () => {
    given(decider, run(decider, [draft]))
      .when(addAssignment(['2020', '2020-06']))
      .then([expect.objectContaining({ type: 'AgreementAssignmentAdded' })]);
  });
});
