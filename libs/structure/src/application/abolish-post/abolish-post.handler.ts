import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor, ProcessInFlightError } from '@app/event-store';
import { postDecider, type PostSeat } from '../../domain';
import { groupAggregate, postAggregate } from '../aggregates';
import { AbolishPostCommand } from './abolish-post.command';

/**
 * The seats the post holds are the post's own roster (PostSeatTaken), each read from its group's
 * stream for its end. Adding a post's seat writes the roster before the group, so a seat added
 * while the post is abolished either is on the roster the abolition decided on, or loses its race
 * on the post's stream and is decided again on the abolished post (GROUP.SEAT_OUTLIVES_POST); an
 * abolition that loses is decided again with the new seat. A roster entry whose group has no such
 * seat yet is a seat still being written (decided again shortly) or one that stopped half-way and
 * waits for its retry with the same Idempotency-Key: either way it may still come, so nothing is
 * decided over it.
 */
@CommandHandler(AbolishPostCommand)
export class AbolishPostHandler implements ICommandHandler<AbolishPostCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: AbolishPostCommand): Promise<CommandResult> {
    const { postId } = input;
    const spec = {
      name: 'abolish-post',
      request: input,
      target: { aggregate: postAggregate, id: postId },
    };
    return this.executor.process(spec, context, async (session) => {
      const post = await session.load(postAggregate, postId);
      const roster = post.state.status === 'none' ? [] : post.state.seats;
      const seats: PostSeat[] = [];
      for (const groupId of new Set(roster.map((entry) => entry.groupId))) {
        const { state } = await session.load(groupAggregate, groupId);
        for (const { membershipId } of roster.filter((entry) => entry.groupId === groupId)) {
          const seat = state.status === 'none' ? undefined : state.memberships.get(membershipId);
          if (!seat || state.status === 'none') {
            throw new ProcessInFlightError(`Seat ${membershipId} is on the post's roster only`);
          }
          // A group that ended ended its seats with it.
          const to = seat.to ?? (state.status === 'active' ? null : state.endedOn);
          seats.push({ groupId, membershipId, to });
        }
      }
      const events = postDecider.decide(
        { type: 'AbolishPost', data: { ...input, seats } },
        post.state,
      );
      return session.append(postAggregate, postId, events);
    });
  }
}
