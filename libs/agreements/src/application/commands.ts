import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type {
  AddAgreementAssignment,
  AgreementCommand,
  DefineEvaluation,
  DefineIndicator,
  RecordRound,
  DraftAgreement,
  RecordIndicatorValues,
} from '../domain';

/** The id is made by the handler; the parties' facts are read there. */
export type DraftAgreementInput = Omit<DraftAgreement['data'], 'agreementId' | 'partyFacts'>;

export class DraftAgreementCommand extends Command<CommandResult> {
  constructor(
    readonly input: DraftAgreementInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

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

export class AddAgreementAssignmentCommand extends Command<CommandResult> {
  constructor(
    readonly input: AddAgreementAssignmentInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Any command on one agreement's own stream: the decider has all it needs. */
export class AgreementStreamCommand extends Command<CommandResult> {
  constructor(
    readonly command: Exclude<AgreementCommand, DraftAgreement | AddAgreementAssignment>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export type DefineIndicatorInput = Omit<DefineIndicator['data'], 'indicatorId' | 'targetFacts'>;

export class DefineIndicatorCommand extends Command<CommandResult> {
  constructor(
    readonly input: DefineIndicatorInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class RecordIndicatorValuesCommand extends Command<CommandResult> {
  constructor(
    readonly input: RecordIndicatorValues['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class DefineEvaluationCommand extends Command<CommandResult> {
  constructor(
    readonly input: Omit<DefineEvaluation['data'], 'evaluationId'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class RecordRoundCommand extends Command<CommandResult> {
  constructor(
    readonly input: RecordRound['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}
