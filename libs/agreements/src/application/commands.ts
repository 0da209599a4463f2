import { UseCase } from '@app/event-store';
import type {
  AddAgreementAssignment,
  DefineEvaluation,
  DefineIndicator,
  DraftAgreement,
} from '../domain';

/**
 * The agreements context's use cases: each makes an id or reads other streams. A command on one
 * agreement's, indicator's or evaluation's own stream goes through `Decide.on` instead.
 */

/** The id is made by the handler; the parties' facts are read there. */
export type DraftAgreementInput = Omit<DraftAgreement['data'], 'agreementId' | 'partyFacts'>;
export class DraftAgreementCommand extends UseCase<DraftAgreementInput> {}

/**
 * An assignment of the agreement: its place in the agreement (kind, number, headed parts,
 * follow-up plan) and its entry in the one register of assignments (what, due date, debtors).
 */
export interface AddAgreementAssignmentInput extends Omit<
  AddAgreementAssignment['data']['assignment'],
  'assignmentId' | 'owedBy'
> {
  agreementId: string;
  what: string;
  owedBy: { organisationId: string; personId?: string | null };
  jointlyWith?: { organisationId: string; personId?: string | null }[];
  /** Default: the first day of the agreement. */
  issuedOn?: string | null;
  /** Default: the last day of the agreement. */
  dueOn?: string | null;
}
export class AddAgreementAssignmentCommand extends UseCase<AddAgreementAssignmentInput> {}

/** What the indicator is attached to is read from the agreement's stream. */
export type DefineIndicatorInput = Omit<DefineIndicator['data'], 'indicatorId' | 'targetFacts'>;
export class DefineIndicatorCommand extends UseCase<DefineIndicatorInput> {}

/** The id is made by the handler. */
export type DefineEvaluationInput = Omit<DefineEvaluation['data'], 'evaluationId'>;
export class DefineEvaluationCommand extends UseCase<DefineEvaluationInput> {}
