import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { EstablishModelData, ReplacementRequest } from '../../domain';

export interface ReplaceModelInput {
  modelId: string;
  /** A new model, established by the replacement, or one that already exists. */
  successor:
    | { kind: 'new'; model: Omit<EstablishModelData, 'modelId' | 'predecessorId'> }
    | { kind: 'existing'; modelId: string };
  effectiveOn: string;
  /** Every group of the model: transferred (without parentId: keeping its parent) or dissolved. */
  groups: ReplacementRequest['groups'];
}

export type ReplaceModelResult = CommandResult & { successorId: string };

export class ReplaceModelCommand extends Command<ReplaceModelResult> {
  constructor(
    readonly input: ReplaceModelInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
