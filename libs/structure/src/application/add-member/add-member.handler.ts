import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { groupDecider, postDecider, postFactsOf, type PostFacts } from '../../domain';
import {
  groupAggregate,
  membershipIds,
  organisationAggregate,
  personAggregate,
  postAggregate,
} from '../aggregates';
import { organisationFactsOf, personFactsOf } from '../facts';
import { AddMemberCommand, type AddMemberResult } from './add-member.command';

/**
 * Writes the group's stream (and a post's, for its seat), reading the person's (or post's) and
 * the organisation's own streams for the facts the decider checks. It runs as a process so that a repeat with the same
 * Idempotency-Key is recognised by its request and decided on the facts as they were when it was
 * first written: an organisation dissolved since must not turn a repeat into a refusal.
 */
@CommandHandler(AddMemberCommand)
export class AddMemberHandler implements ICommandHandler<AddMemberCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ input, context }: AddMemberCommand): Promise<AddMemberResult> {
    const { groupId } = input;
    const personId = input.personId ?? null;
    const postId = input.postId ?? null;
    const membershipId = this.executor.newId(membershipIds(groupId), context);
    const spec = {
      name: 'add-member',
      request: { ...input, membershipId },
      target: { aggregate: groupAggregate, id: groupId },
    };
    const result = await this.executor.process(spec, context, async (session) => {
      // The group first: a repeat finds its own event there and so reads the others as of then.
      const group = await session.load(groupAggregate, groupId);
      const person = personId === null ? null : await session.load(personAggregate, personId);
      const post = postId === null ? null : await session.load(postAggregate, postId);
      const postFacts = post && postFactsOf(post.state);
      // A person's own seat is checked against the seats of posts they hold (never both).
      const seatedPosts: PostFacts[] = [];
      if (personId !== null && group.state.status !== 'none') {
        const postIds = new Set(
          [...group.state.memberships.values()].flatMap((seat) => seat.postId ?? []),
        );
        for (const seatedPostId of postIds) {
          const facts = postFactsOf((await session.load(postAggregate, seatedPostId)).state);
          if (facts) seatedPosts.push(facts);
        }
      }
      // A post's seat is for the post's organisation unless the command names another.
      const organisationId = input.organisationId ?? postFacts?.organisationId ?? null;
      const organisation =
        organisationId === null ? null : await session.load(organisationAggregate, organisationId);
      const events = groupDecider.decide(
        {
          type: 'AddMember',
          data: {
            ...input,
            membershipId,
            person: person && personFactsOf(person.state),
            post: postFacts,
            seatedPosts,
            organisation: organisation && organisationFactsOf(organisation.state),
          },
        },
        group.state,
      );
      // A post's seat goes on the post's own roster first: an abolition racing with it writes
      // the post too, so one of them loses and is decided again on the other's write.
      const added = events.find((event) => event.type === 'MemberAdded');
      if (postId !== null && post && added) {
        const seat = { postId, groupId, membershipId, from: added.data.from };
        const taken = postDecider.decide({ type: 'TakePostSeat', data: seat }, post.state);
        await session.append(postAggregate, postId, taken);
      }
      return session.append(groupAggregate, groupId, events);
    });
    return { ...result, membershipId };
  }
}
