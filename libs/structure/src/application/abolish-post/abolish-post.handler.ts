import { Inject, ServiceUnavailableException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor, EVENT_STORE, type EventStore } from '@app/event-store';
import { SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { CONSISTENCY_TIMEOUT, ConsistencyService } from '@app/projections';
import type { PostSeat } from '../../domain';
import { GROUPS, groupsSeatingPost } from '../../read';
import { groupAggregate, postAggregate } from '../aggregates';
import { AbolishPostCommand } from './abolish-post.command';

/**
 * The seats the post holds are read from each group's own stream; which groups to read comes
 * from the seats read model (nothing else indexes seats by post), once it has caught up with the
 * store's visible head. A seat committed just before, while another writer's transaction holds
 * the visible head back, or one added between that moment and the abolition's write, is not
 * seen; the add-member rules refuse a seat outliving an abolished post from then on. A stream
 * indexing each post's seats would close that window.
 */
@CommandHandler(AbolishPostCommand)
export class AbolishPostHandler implements ICommandHandler<AbolishPostCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly consistency: ConsistencyService,
  ) {}

  async execute({ input, context }: AbolishPostCommand): Promise<CommandResult> {
    const tenant = context.identity.municipality;
    const seats: PostSeat[] = [];
    for (const groupId of await this.groupsSeating(tenant, input.postId)) {
      const { state } = await this.executor.load(tenant, groupAggregate, groupId);
      if (state.status === 'none') continue;
      for (const seat of state.memberships.values()) {
        if (seat.postId !== input.postId) continue;
        // A group that ended ended its seats with it.
        const to = seat.to ?? (state.status === 'active' ? null : state.endedOn);
        seats.push({ groupId, membershipId: seat.membershipId, to });
      }
    }
    return this.executor.execute(
      postAggregate,
      input.postId,
      { type: 'AbolishPost', data: { ...input, seats } },
      context,
    );
  }

  private async groupsSeating(tenant: string, postId: string): Promise<string[]> {
    const head = await this.store.head();
    const caught = await this.consistency.waitFor([GROUPS], head);
    if (!caught.reached) {
      throw new ServiceUnavailableException({
        code: CONSISTENCY_TIMEOUT,
        detail: `The seats read model did not reach position ${head} in time; retry later`,
      });
    }
    return groupsSeatingPost(this.database.db, tenant, postId);
  }
}
