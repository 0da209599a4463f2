import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { decideLeave } from '../../domain';
import { takeOffRoster } from '../off-the-roster';
import { LeaveModelCommand } from './leave-model.command';

/** The group goes on outside any model. */
@CommandHandler(LeaveModelCommand)
export class LeaveModelHandler implements ICommandHandler<LeaveModelCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: LeaveModelCommand): Promise<CommandResult> {
    return takeOffRoster(this.executor, 'leave-model', input, context, (group, model, groups) =>
      decideLeave({ type: 'LeaveModel', data: input }, group, model, groups),
    );
  }
}
