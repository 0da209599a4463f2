import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { groupDecider } from '../../domain';
import {
  groupAggregate,
  membershipIds,
  organisationAggregate,
  personAggregate,
} from '../aggregates';
import { organisationFactsOf, personFactsOf } from '../facts';
import { AddMemberCommand, type AddMemberResult } from './add-member.command';

/**
 * Writes the group's stream only, but reads the person's and the organisation's own streams for
 * the facts the decider checks. It runs as a process so that a repeat with the same
 * Idempotency-Key is recognised by its request and decided on the facts as they were when it was
 * first written: an organisation dissolved since must not turn a repeat into a refusal.
 */
@CommandHandler(AddMemberCommand)
export class AddMemberHandler implements ICommandHandler<AddMemberCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ input, context }: AddMemberCommand): Promise<AddMemberResult> {
    const { groupId, personId, organisationId } = input;
    // Derived from the Idempotency-Key (and the group, so that a key used again on another
    // group never names the same seat twice) when there is one: a repeat names the same seat.
    const membershipId = this.executor.newId(membershipIds(groupId), context);
    const spec = {
      name: 'add-member',
      request: { ...input, membershipId },
      target: { aggregate: groupAggregate, id: groupId },
    };
    const result = await this.executor.process(spec, context, async (session) => {
      // The group first: a repeat finds its own event there and so reads the others as of then.
      const group = await session.load(groupAggregate, groupId);
      const person = await session.load(personAggregate, personId);
      const organisation = await session.load(organisationAggregate, organisationId);
      const events = groupDecider.decide(
        {
          type: 'AddMember',
          data: {
            ...input,
            membershipId,
            person: personFactsOf(person.state),
            organisation: organisationFactsOf(organisation.state),
          },
        },
        group.state,
      );
      return session.append(groupAggregate, groupId, events);
    });
    return { ...result, membershipId };
  }
}
