import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { ActorNames, CommandExecutor, staleRevision } from '@app/event-store';
import { today } from '../../read';
import { callerAggregate } from '../aggregates';
import { EraseCallerCommand } from './erase-caller.command';

/**
 * Erases the caller's name in personal_data first (idempotent, and what was asked for), then
 * records that it happened in the caller's own stream, with nothing erasable in it. Only the
 * caller's row is touched: a registered person with the same id is another subject. A repeat
 * finds the row erased and the event recorded (409 CALLER.ALREADY_ERASED, or the first answer
 * under the same Idempotency-Key).
 */
@CommandHandler(EraseCallerCommand)
export class EraseCallerHandler implements ICommandHandler<EraseCallerCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly names: ActorNames,
  ) {}

  async execute({ subject, context }: EraseCallerCommand): Promise<CommandResult> {
    const tenant = context.identity.municipality;
    const caller = await this.executor.load(tenant, callerAggregate, subject);
    const erasedAt = await this.names.erasedAt(tenant, subject);
    if (caller.state.erasedOn === null && erasedAt === null) {
      // A stale If-Match refuses the command before anything irreversible happens.
      const expected = context.expectedRevision;
      if (expected !== undefined && expected !== caller.revision) {
        throw staleRevision(callerAggregate.streamOf(subject), expected, caller.revision);
      }
      await this.names.erase(tenant, subject);
    }
    const command = {
      type: 'EraseCallerName',
      data: { subject, on: today(), kept: erasedAt !== undefined },
    } as const;
    return this.executor.execute(callerAggregate, subject, command, context);
  }
}
