import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { meetingAggregate } from '@app/meetings';
import type { AnswerQuestions, CloseInquiry, ReceiveInquiry } from '../domain';
import { inquiryAggregate } from './inquiry.aggregate';

/** The inquiry commands as the HTTP edge sends them: the command's data and who sends it. */
abstract class InquiryCommandMessage<Data> extends Command<CommandResult> {
  constructor(
    readonly input: Data,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class ReceiveInquiryCommand extends InquiryCommandMessage<
  Omit<ReceiveInquiry['data'], 'inquiryId'>
> {}
export class AnswerQuestionsCommand extends InquiryCommandMessage<
  Omit<AnswerQuestions['data'], 'item'>
> {}
export class CloseInquiryCommand extends InquiryCommandMessage<CloseInquiry['data']> {}

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

@CommandHandler(CloseInquiryCommand)
export class CloseInquiryHandler implements ICommandHandler<CloseInquiryCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: CloseInquiryCommand): Promise<CommandResult> {
    const command = { type: 'CloseInquiry', data: input } as const;
    return this.executor.execute(inquiryAggregate, input.inquiryId, command, context);
  }
}

export const AUDIT_COMMAND_HANDLERS = [
  ReceiveInquiryHandler,
  AnswerQuestionsHandler,
  CloseInquiryHandler,
];
