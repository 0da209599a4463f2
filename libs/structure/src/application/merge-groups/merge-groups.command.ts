import { UseCase } from '@app/event-store';
import type { MergeRequest } from '../../domain';
import type { FormGroupInput } from '../form-group/form-group.command';

/** A new target is formed in the sources' model on the merge's date. */
export type MergeGroupsInput = Omit<MergeRequest, 'target'> & {
  target:
    | { kind: 'existing'; groupId: string }
    | { kind: 'new'; group: Omit<FormGroupInput, 'modelId' | 'formedOn'> };
};

export class MergeGroupsCommand extends UseCase<MergeGroupsInput> {}
