import type { AgreementCommand, DraftAgreement } from '../agreement/agreement.commands';

/** A made-up agreement for rule specs: KAN orders, DSO provides, for 2024. */
export const AGREEMENT = 'agr-1';
export const KAN = 'org-kan';
export const DSO = 'org-dso';
export const LABOUR = 'asg-labour';

const active = (organisationId: string) => ({
  organisationId,
  establishedOn: '2019-01-01',
  dissolvedOn: null,
});

export const draftCommand = (over: Partial<DraftAgreement['data']> = {}): DraftAgreement => ({
  type: 'DraftAgreement',
  data: {
    agreementId: AGREEMENT,
    title: 'Överenskommelse KAN–DSO 2024',
    parties: [
      {
        organisationId: KAN,
        role: 'principal',
        representative: 'nämndens sakkunniga tjänsteperson',
      },
      { organisationId: DSO, role: 'provider', representative: 'divisionschef' },
    ],
    partyFacts: [active(KAN), active(DSO)],
    validFrom: '2024-01-01',
    validTo: '2024-12-31',
    scope: ['Kommunens arbetsmarknadsinsatser för arbetslösa'],
    sections: [
      { kind: 'data-protection', heading: 'Dataskyddsombud', text: 'Kommunledningskansliet' },
    ],
    draftedOn: '2023-11-20',
    ...over,
  },
});

export const followUpRow = (dates: string[], form: 'oral' | 'written' = 'written') => ({
  what: 'Beskrivning av arbetet med grunduppdraget',
  to: 'KAN',
  dates: dates.map((on) => ({ on, form, note: null })),
  material: { daysBefore: 21, to: 'nämndens sakkunniga' },
});

export const addAssignment = (dates = ['2024-02-07', '2024-05-29']): AgreementCommand => ({
  type: 'AddAgreementAssignment',
  data: {
    agreementId: AGREEMENT,
    assignment: {
      assignmentId: LABOUR,
      kind: 'base',
      number: '2.1',
      title: 'Grunduppdrag Arbetsmarknadsverksamhet',
      parts: [{ heading: 'Målgrupp', text: 'Arbetslösa 18-64 år' }],
      owedBy: [DSO],
      followUps: [followUpRow(dates)],
    },
  },
});

export const adopt = (adoptedOn = '2023-12-13'): AgreementCommand => ({
  type: 'AdoptAgreement',
  data: { agreementId: AGREEMENT, adoptedOn, decision: { reference: 'KAN 2023-12-13 § 98' } },
});

export const economy = (
  compensation = 19000,
  unitPrice: number | null = null,
): AgreementCommand => ({
  type: 'SetAgreementEconomy',
  data: {
    agreementId: AGREEMENT,
    economy: [
      {
        activity: 'Arbetsmarknadsverksamhet',
        year: 2024,
        volume: 1,
        unitPrice,
        compensation,
        settlement: { period: 'monthly', basis: 'allocation', note: null },
      },
    ],
    economicFollowUps: [followUpRow(['2024-05-29', '2024-11-06'], 'oral')],
  },
});
