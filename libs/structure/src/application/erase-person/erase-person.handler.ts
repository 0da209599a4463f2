import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandResult } from '@app/kernel';
import { CommandExecutor, staleRevision } from '@app/event-store';
import { today } from '../../read';
import { personAggregate } from '../aggregates';
import { PersonalDataStore } from '../register-person/personal-data.store';
import { ErasePersonCommand } from './erase-person.command';

/**
 * Erases the name in personal_data first (idempotent, and what the caller came for), then
 * records that it happened: an event with the person's id and the day, nothing erasable. The
 * hash chain is untouched: it never held the name. A repeat finds the row erased and the event
 * recorded (409 PERSON.ALREADY_ERASED, or the first answer under the same Idempotency-Key).
 */
@CommandHandler(ErasePersonCommand)
export class ErasePersonHandler implements ICommandHandler<ErasePersonCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly personalData: PersonalDataStore,
  ) {}

  async execute({ personId, context }: ErasePersonCommand): Promise<CommandResult> {
    const tenant = context.identity.municipality;
    const person = await this.executor.load(tenant, personAggregate, personId);
    const command = { type: 'ErasePerson', data: { personId, on: today() } } as const;
    const { state } = person;
    if (state.status === 'registered' && state.erasedOn === null) {
      // A stale If-Match refuses the command before anything irreversible happens.
      const expected = context.expectedRevision;
      if (expected !== undefined && expected !== person.revision) {
        throw staleRevision(personAggregate.streamOf(personId), expected, person.revision);
      }
      await this.personalData.erase(tenant, personId);
    }
    return this.executor.execute(personAggregate, personId, command, context);
  }
}
