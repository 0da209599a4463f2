import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { CounterSignNotes } from '../../domain';

/** The chair signs the notes and another member counter-signs them: from then on only corrections. */
export type CounterSignNotesInput = Omit<CounterSignNotes['data'], 'registered'>;

export class CounterSignNotesCommand extends Command<CommandResult> {
  constructor(
    readonly input: CounterSignNotesInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
