import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { organisationAggregate, postAggregate } from '../aggregates';
import { organisationFactsOf } from '../facts';
import { EstablishPostCommand } from './establish-post.command';

/** Makes the post's id and checks its organisation against the organisation's own stream. */
@CommandHandler(EstablishPostCommand)
export class EstablishPostHandler implements ICommandHandler<EstablishPostCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ input, context }: EstablishPostCommand): Promise<CommandResult> {
    const postId = this.executor.newId(postAggregate, context);
    const organisation = await this.executor.load(
      context.identity.municipality,
      organisationAggregate,
      input.organisationId,
    );
    return this.executor.execute(
      postAggregate,
      postId,
      {
        type: 'EstablishPost',
        data: { ...input, postId, organisation: organisationFactsOf(organisation.state) },
      },
      context,
    );
  }
}
