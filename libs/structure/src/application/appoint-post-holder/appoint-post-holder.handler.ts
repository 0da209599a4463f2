import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { personAggregate, postAggregate } from '../aggregates';
import { personFactsOf } from '../facts';
import { AppointPostHolderCommand } from './appoint-post-holder.command';

/** Writes the post's stream; the person is checked against their own stream. */
@CommandHandler(AppointPostHolderCommand)
export class AppointPostHolderHandler implements ICommandHandler<AppointPostHolderCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ input, context }: AppointPostHolderCommand): Promise<CommandResult> {
    const person = await this.executor.load(
      context.identity.municipality,
      personAggregate,
      input.personId,
    );
    return this.executor.execute(
      postAggregate,
      input.postId,
      { type: 'AppointPostHolder', data: { ...input, person: personFactsOf(person.state) } },
      context,
    );
  }
}
