import { given } from '@app/testing';
import { activeSince2019, issueCommand } from '../testing/assignment.fixtures';
import type { AgreementFacts, SourceRef } from './assignment.commands';
import { assignmentDecider as decider } from './assignment.decider';

const plan: SourceRef = {
  kind: 'plan',
  bodyId: 'org-kan',
  title: 'Arbetsmarknadsplan 2024',
  adoptionReference: 'KAN 2023-12-13 § 98',
  adoptedOn: '2023-12-13',
};
const planFacts = { kind: 'plan' as const, body: activeSince2019('org-kan') };

const agreement: SourceRef = { kind: 'agreement', agreementId: 'agr-1' };
const agreementFacts: AgreementFacts = {
  kind: 'agreement',
  agreementId: 'agr-1',
  bodyId: 'org-kan',
  validFrom: '2024-01-01',
  validTo: '2024-12-31',
};

describe('assignment decider: sources besides decisions', () => {
  it('issues an assignment from a board plan, keeping its adoption reference and date', () => {
    const [issued] = given(decider)
      .when(
        issueCommand({ source: plan, sourceFacts: planFacts, issuedOn: '2024-01-01', dueOn: null }),
      )
      .events();
    expect(issued!.data).toMatchObject({
      source: { ...plan, kind: 'plan' },
      issuedOn: '2024-01-01',
    });
  });

  it.each([
    ['by a board not found', { body: null }, {}, 'ASSIGNMENT.ORGANISATION_NOT_FOUND'],
    [
      'before the plan was adopted',
      planFacts,
      { issuedOn: '2023-12-12' },
      'ASSIGNMENT.BEFORE_ADOPTION',
    ],
    [
      'without an adoption reference',
      planFacts,
      { ref: { adoptionReference: ' ' } },
      'ASSIGNMENT.ADOPTION_REFERENCE_REQUIRED',
    ],
    [
      'adopted on no real date',
      planFacts,
      { ref: { adoptedOn: '2023-02-30' } },
      'ASSIGNMENT.INVALID_DATE',
    ],
  ])('refuses a plan assignment %s', (_what, facts, over, code) => {
    const { ref, ...rest } = over as { ref?: object; issuedOn?: string };
    given(decider)
      .when(
        issueCommand({
          source: { ...plan, ...ref } as SourceRef,
          sourceFacts: { kind: 'plan', ...facts },
          issuedOn: '2024-01-01',
          dueOn: null,
          ...rest,
        }),
      )
      .thenFails(code, 'invalid');
  });

  it('issues an assignment from an agreement, given by its ordering party', () => {
    const [issued] = given(decider)
      .when(
        issueCommand({
          source: agreement,
          sourceFacts: agreementFacts,
          issuedOn: '2024-01-01',
          dueOn: null,
        }),
      )
      .events();
    expect(issued!.data).toMatchObject({
      source: {
        kind: 'agreement',
        agreementId: 'agr-1',
        bodyId: 'org-kan',
      },
    });
  });

  it.each([
    ['an agreement not found', null, '2024-01-01', 'ASSIGNMENT.SOURCE_NOT_FOUND'],
    [
      'facts of another agreement',
      { ...agreementFacts, agreementId: 'agr-2' },
      '2024-01-01',
      'ASSIGNMENT.SOURCE_NOT_FOUND',
    ],
    ['facts of another kind of source', planFacts, '2024-01-01', 'ASSIGNMENT.SOURCE_NOT_FOUND'],
    ['a date after the agreement ends', agreementFacts, '2025-01-01', 'ASSIGNMENT.AFTER_AGREEMENT'],
  ] as const)('refuses %s', (_what, facts, issuedOn, code) => {
    given(decider)
      .when(issueCommand({ source: agreement, sourceFacts: facts, issuedOn, dueOn: null }))
      .thenFails(code, 'invalid');
  });

  it('refuses a source of no known kind', () => {
    given(decider)
      .when(issueCommand({ source: { kind: 'rumour' } as never }))
      .thenFails('ASSIGNMENT.INVALID_SOURCE_KIND', 'invalid');
  });
});
