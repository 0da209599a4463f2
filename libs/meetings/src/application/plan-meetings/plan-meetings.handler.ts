import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { checkPlan, meetingDecider, type MeetingEvent } from '../../domain';
import { meetingAggregate } from '../aggregates';
import { loadBodyFacts } from '../body-facts';
import { PlanMeetingsCommand, type PlanMeetingsResult } from './plan-meetings.command';

/**
 * Every meeting of the plan is decided before any is written, so one bad date books none. Each
 * is a stream of its own: if the command stops half-way, the same Idempotency-Key books the rest
 * (each meeting's id derives from the key and its place in the plan).
 */
@CommandHandler(PlanMeetingsCommand)
export class PlanMeetingsHandler implements ICommandHandler<PlanMeetingsCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, context }: PlanMeetingsCommand): Promise<PlanMeetingsResult> {
    const planned = checkPlan(input.meetings);
    const meetingIds = planned.map((_, index) =>
      this.executor.newId({ name: `${meetingAggregate.name}:plan:${index}` }, context),
    );
    const spec = {
      name: 'plan-meetings',
      request: input,
      target: { aggregate: meetingAggregate, id: meetingIds[0]! },
    };
    return this.executor.process(spec, context, async (session) => {
      const body = await loadBodyFacts(session.load.bind(session), input.body);
      const decided: [string, MeetingEvent[]][] = [];
      for (const [index, meeting] of planned.entries()) {
        const meetingId = meetingIds[index]!;
        const { state } = await session.load(meetingAggregate, meetingId);
        const command = {
          type: 'ScheduleMeeting' as const,
          data: { ...meeting, meetingId, bodyId: input.body.id, body },
        };
        decided.push([meetingId, meetingDecider.decide(command, state)]);
      }
      let first: CommandResult | undefined;
      for (const [meetingId, events] of decided) {
        const result = await session.append(meetingAggregate, meetingId, events);
        first ??= result;
      }
      return { ...first!, meetingIds };
    });
  }
}
