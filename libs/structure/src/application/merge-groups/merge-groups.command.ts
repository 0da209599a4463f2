import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { Cadence, GroupKind, Records } from '../../domain';

/** A group formed by the merge, in the sources' model, on the merge's date. */
export interface NewMergeTarget {
  kind: GroupKind;
  name: string;
  parentId?: string | null;
  mandate?: string | null;
  focusArea?: string | null;
  cadence?: Cadence | null;
  /** Left out: what the kind keeps. */
  records?: Records;
}

export interface MergeGroupsInput {
  sourceIds: string[];
  target: { kind: 'existing'; groupId: string } | { kind: 'new'; group: NewMergeTarget };
  on: string;
}

export class MergeGroupsCommand extends Command<CommandResult> {
  constructor(
    readonly input: MergeGroupsInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
