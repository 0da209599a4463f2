import type { DateAsGiven } from '@app/kernel';
import type { OrganisationFacts } from '../shared/facts';
import type { AgreementAssignment, DecisionRef, Goal, Party } from './agreement.content';
import type {
  AgreementDrafted,
  AgreementEconomySet,
  AgreementRevised,
  FollowUpRecorded,
} from './agreement.events';

/** Commands come from JSON: optional texts may be left out, and every field is checked. */
type Loose<T> = { [K in keyof T]?: T[K] | null };

export type DraftAgreement = {
  type: 'DraftAgreement';
  data: Omit<AgreementDrafted['data'], 'content'> &
    AgreementDrafted['data']['content'] & {
      /** The parties' organisations as the handler found them in their own streams. */
      partyFacts: OrganisationFacts[];
    };
};

export type AddAgreementAssignment = {
  type: 'AddAgreementAssignment';
  data: { agreementId: string; assignment: AgreementAssignment };
};

export type SetAgreementEconomy = {
  type: 'SetAgreementEconomy';
  data: AgreementEconomySet['data'];
};

export type AddAgreementGoal = {
  type: 'AddAgreementGoal';
  data: { agreementId: string; goal: Goal };
};

export type AdoptAgreement = {
  type: 'AdoptAgreement';
  data: { agreementId: string; adoptedOn: DateAsGiven; decision: Loose<DecisionRef> };
};

export type ReviseAgreement = {
  type: 'ReviseAgreement';
  data: Omit<AgreementRevised['data'], 'version' | 'decision'> & {
    decision?: Loose<DecisionRef> | null;
  };
};

export type RecordFollowUp = {
  type: 'RecordFollowUp';
  data: Pick<FollowUpRecorded['data'], 'agreementId' | 'dueOn' | 'outcome' | 'on'> &
    Loose<Omit<FollowUpRecorded['data'], 'agreementId' | 'dueOn' | 'outcome' | 'on'>>;
};

export type TerminateAgreement = {
  type: 'TerminateAgreement';
  data: { agreementId: string; terminatedOn: DateAsGiven; why: string };
};

export type AgreementCommand =
  | DraftAgreement
  | AddAgreementAssignment
  | SetAgreementEconomy
  | AddAgreementGoal
  | AdoptAgreement
  | ReviseAgreement
  | RecordFollowUp
  | TerminateAgreement;

export type { Party };
