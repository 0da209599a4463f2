import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { DeliverNotes } from '../../domain';

/** "Delges kommunstyrelsen": the notes go to another body for its information. */
export type DeliverNotesInput = DeliverNotes['data'];

export class DeliverNotesCommand extends Command<CommandResult> {
  constructor(
    readonly input: DeliverNotesInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
