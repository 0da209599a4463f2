import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import {
  assignmentAggregate,
  assignmentDecider,
  debtorFactsOf,
  type AgreementFacts,
} from '@app/meetings';
import { organisationAggregate } from '@app/structure';
import { agreementDecider, indicatorDecider, type OrganisationFacts } from '../domain';
import { agreementAggregate, evaluationAggregate, indicatorAggregate } from './aggregates';
import {
  AddAgreementAssignmentCommand,
  DefineEvaluationCommand,
  DefineIndicatorCommand,
  DraftAgreementCommand,
} from './commands';

/**
 * The parties are read from their own streams in the structure context (a read model may lag).
 * A process, so that a repeat with the same Idempotency-Key is decided on the facts as they were.
 */
@CommandHandler(DraftAgreementCommand)
export class DraftAgreementHandler implements ICommandHandler<DraftAgreementCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: DraftAgreementCommand): Promise<CommandResult> {
    const agreementId = this.executor.newId(agreementAggregate, context);
    const spec = { name: 'draft-agreement', request: input };
    return this.executor.process(spec, context, async (session) => {
      const agreement = await session.load(agreementAggregate, agreementId);
      const partyFacts: OrganisationFacts[] = [];
      for (const party of Array.isArray(input.parties) ? input.parties : []) {
        if (typeof party?.organisationId !== 'string') continue;
        const { state } = await session.load(organisationAggregate, party.organisationId);
        if (state.status === 'none') continue;
        const { establishedOn, dissolvedOn } = state;
        partyFacts.push({ organisationId: party.organisationId, establishedOn, dissolvedOn });
      }
      const events = agreementDecider.decide(
        { type: 'DraftAgreement', data: { ...input, agreementId, partyFacts } },
        agreement.state,
      );
      return session.append(agreementAggregate, agreementId, events);
    });
  }
}

/**
 * Writes two streams: the assignment's place in the agreement, then its entry in the register
 * of assignments (issued by the agreement, given by its principal). The agreement is decided
 * and written first: commands on it race there.
 */
@CommandHandler(AddAgreementAssignmentCommand)
export class AddAgreementAssignmentHandler implements ICommandHandler<AddAgreementAssignmentCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: AddAgreementAssignmentCommand): Promise<CommandResult> {
    const assignmentId = this.executor.newId(assignmentAggregate, context);
    const spec = {
      name: 'add-agreement-assignment',
      request: input,
      target: { aggregate: agreementAggregate, id: input.agreementId },
    };
    return this.executor.process(spec, context, async (session) => {
      const load = session.load.bind(session);
      const agreement = await load(agreementAggregate, input.agreementId);
      const assignment = await load(assignmentAggregate, assignmentId);
      const { agreementId, what, owedBy, jointlyWith, issuedOn, dueOn, ...place } = input;
      const debtors = [owedBy, ...(Array.isArray(jointlyWith) ? jointlyWith : [])];
      const added = agreementDecider.decide(
        {
          type: 'AddAgreementAssignment',
          data: {
            agreementId,
            assignment: { ...place, assignmentId, owedBy: debtors.map((d) => d?.organisationId) },
          },
        },
        agreement.state,
      );
      const state = agreement.state as Extract<typeof agreement.state, { agreementId: string }>;
      const content = state.versions[0]!.content;
      const sourceFacts: AgreementFacts = {
        kind: 'agreement',
        agreementId,
        bodyId: state.parties.find((p) => p.role === 'principal')!.organisationId,
        validFrom: content.validFrom,
        validTo: content.validTo,
      };
      const issued = assignmentDecider.decide(
        {
          type: 'IssueAssignment',
          data: {
            assignmentId,
            source: { kind: 'agreement', agreementId },
            sourceFacts,
            owedBy,
            jointlyWith,
            owedByFacts: await debtorFactsOf(load, { owedBy, jointlyWith }),
            what,
            issuedOn: issuedOn ?? content.validFrom,
            dueOn: dueOn ?? content.validTo,
          },
        },
        assignment.state,
      );
      // The answer names the new assignment, with the agreement's revision (its ETag).
      const { revision } = await session.append(agreementAggregate, agreementId, added);
      const { position } = await session.append(assignmentAggregate, assignmentId, issued);
      return { id: assignmentId, revision, position };
    });
  }
}

/** What the indicator is attached to is read from the agreement's own stream. */
@CommandHandler(DefineIndicatorCommand)
export class DefineIndicatorHandler implements ICommandHandler<DefineIndicatorCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: DefineIndicatorCommand): Promise<CommandResult> {
    const indicatorId = this.executor.newId(indicatorAggregate, context);
    const spec = { name: 'define-indicator', request: input };
    return this.executor.process(spec, context, async (session) => {
      const indicator = await session.load(indicatorAggregate, indicatorId);
      const agreementId = input.attachedTo?.agreementId;
      const agreement =
        typeof agreementId === 'string'
          ? (await session.load(agreementAggregate, agreementId)).state
          : null;
      const content = agreement?.status === 'none' ? null : agreement?.versions.at(-1)?.content;
      const targetFacts = content
        ? {
            agreementId: agreementId!,
            assignmentIds: content.assignments.map((a) => a.assignmentId),
            goals: content.goals.map((g) => ({
              goalId: g.goalId,
              desiredResults: g.desiredResults.length,
            })),
          }
        : null;
      const events = indicatorDecider.decide(
        { type: 'DefineIndicator', data: { ...input, indicatorId, targetFacts } },
        indicator.state,
      );
      return session.append(indicatorAggregate, indicatorId, events);
    });
  }
}

/** An evaluation's instrument; its id is made here. */
@CommandHandler(DefineEvaluationCommand)
export class DefineEvaluationHandler implements ICommandHandler<DefineEvaluationCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: DefineEvaluationCommand): Promise<CommandResult> {
    const evaluationId = this.executor.newId(evaluationAggregate, context);
    const command = { type: 'DefineEvaluation', data: { ...input, evaluationId } } as const;
    return this.executor.execute(evaluationAggregate, evaluationId, command, context);
  }
}

export const AGREEMENTS_COMMAND_HANDLERS = [
  DefineEvaluationHandler,
  DraftAgreementHandler,
  AddAgreementAssignmentHandler,
  DefineIndicatorHandler,
];
