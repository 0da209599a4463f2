import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor, UseCase } from '@app/event-store';
import { meetingAggregate } from '@app/meetings';
import type { AnswerQuestions, ReceiveInquiry } from '../domain';
import { inquiryAggregate } from './inquiry.aggregate';

/**
 * The inquiry use cases: receiving makes the id, answering reads the meeting's stream. Closing
 * goes through `Decide.on(inquiryAggregate, ...)`.
 */
export class ReceiveInquiryCommand extends UseCase<Omit<ReceiveInquiry['data'], 'inquiryId'>> {}
export class AnswerQuestionsCommand extends UseCase<Omit<AnswerQuestions['data'], 'item'>> {}

/** A new inquiry: its id from the Idempotency-Key when there is one. */
@CommandHandler(ReceiveInquiryCommand)
export class ReceiveInquiryHandler implements ICommandHandler<ReceiveInquiryCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: ReceiveInquiryCommand): Promise<CommandResult> {
    const inquiryId = this.executor.newId(inquiryAggregate, context);
    const command = { type: 'ReceiveInquiry', data: { ...input, inquiryId } } as const;
    return this.executor.execute(inquiryAggregate, inquiryId, command, context);
  }
}

/**
 * A decision answer names an item of a meeting: whether it is there and decided is read from
 * the meeting's own stream (a read model may lag), and handed to the decider as a fact.
 */
@CommandHandler(AnswerQuestionsCommand)
export class AnswerQuestionsHandler implements ICommandHandler<AnswerQuestionsCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ input, context }: AnswerQuestionsCommand): Promise<CommandResult> {
    let item: AnswerQuestions['data']['item'];
    if (input.answer.kind === 'decision') {
      const meeting = await this.executor.load(
        context.identity.municipality,
        meetingAggregate,
        input.answer.meetingId,
      );
      const found =
        meeting.state.status === 'none' ? undefined : meeting.state.items[input.answer.itemId];
      item = { found: found !== undefined, decided: Boolean(found?.decision) };
    }
    const command = { type: 'AnswerQuestions', data: { ...input, item } } as const;
    return this.executor.execute(inquiryAggregate, input.inquiryId, command, context);
  }
}

export const AUDIT_COMMAND_HANDLERS = [ReceiveInquiryHandler, AnswerQuestionsHandler];
