import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { Cadence, GroupKind, Records } from '../../domain';

export interface FormGroupInput {
  modelId: string;
  kind: GroupKind;
  name: string;
  parentId?: string | null;
  mandate?: string | null;
  focusArea?: string | null;
  cadence?: Cadence | null;
  /** Left out: what the kind keeps. */
  records?: Records;
  formedOn: string;
}

export class FormGroupCommand extends Command<CommandResult> {
  constructor(
    readonly input: FormGroupInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
