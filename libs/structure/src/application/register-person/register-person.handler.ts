import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { optionalText, type CommandResult } from '@app/kernel';
import { CommandExecutor } from '@app/event-store';
import { personDecider, type RegisterPerson } from '../../domain';
import { organisationAggregate, personAggregate } from '../aggregates';
import { organisationFactsOf } from '../facts';
import { PersonalDataStore } from './personal-data.store';
import { RegisterPersonCommand } from './register-person.command';

/**
 * The name and title go to personal_data before the event is appended, so that no event ever
 * names a person whose name was lost; a retry under the same Idempotency-Key (the same person
 * id) finds its own row. A registration refused after the row was made (a stale If-Match, a lost race)
 * takes its row back, so that a refused command leaves no name behind.
 */
@CommandHandler(RegisterPersonCommand)
export class RegisterPersonHandler implements ICommandHandler<RegisterPersonCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly personalData: PersonalDataStore,
  ) {}

  async execute({ input, context }: RegisterPersonCommand): Promise<CommandResult> {
    const tenant = context.identity.municipality;
    const personId = this.executor.newId(personAggregate, context);
    const { name: given, title: givenTitle, ...fields } = input;
    const facts = { name: given.trim(), title: optionalText(givenTitle) };
    const organisation = await this.executor.load(
      tenant,
      organisationAggregate,
      input.organisationId,
    );
    const command: RegisterPerson = {
      type: 'RegisterPerson',
      data: { ...fields, personId, organisation: organisationFactsOf(organisation.state) },
    };
    const person = await this.executor.load(tenant, personAggregate, personId);
    if (person.exists) {
      // A repeat (answered with the first result) or a conflict (thrown); a repeat must name the
      // same person, which the event cannot tell, so the stored name does.
      const result = await this.executor.execute(personAggregate, personId, command, context);
      await this.personalData.assertSame(tenant, personId, facts);
      return result;
    }
    // Decided once before the name is stored, so that a refused registration leaves no name.
    personDecider.decide(command, person.state);
    const made = await this.personalData.claim(tenant, personId, facts);
    try {
      return await this.executor.execute(personAggregate, personId, command, context);
    } catch (error) {
      if (made) await this.personalData.release(tenant, personId);
      throw error;
    }
  }
}
