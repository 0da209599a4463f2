import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { AdoptionInput } from '../../domain';

export interface EstablishModelInput {
  name: string;
  purpose: string;
  participantIds: string[];
  principles?: string[];
  focusAreas?: string[];
  /** The decision that adopted the model: a case number, a meeting item, or a description. */
  adoptedBy: AdoptionInput;
  establishedOn: string;
}

export class EstablishModelCommand extends Command<CommandResult> {
  constructor(
    readonly input: EstablishModelInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
