import type { CommandResult } from '@app/kernel';
import { UseCase } from '@app/event-store';
import type { ReplacementRequest } from '../../domain';
import type { EstablishModelInput } from '../establish-model/establish-model.command';

/** A new successor's id is made by the handler; every group is transferred or dissolved. */
export type ReplaceModelInput = Omit<ReplacementRequest, 'successor'> & {
  successor: { kind: 'new'; model: EstablishModelInput } | { kind: 'existing'; modelId: string };
};

export type ReplaceModelResult = CommandResult & { successorId: string };

export class ReplaceModelCommand extends UseCase<ReplaceModelInput, ReplaceModelResult> {}
