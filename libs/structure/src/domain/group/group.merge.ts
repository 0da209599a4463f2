import { DomainError } from '@app/kernel';
import { duplicatesOf, placedBefore, requireDateAsGiven, requireId } from '../shared/guards';
import type { AbsorbGroups, MergeGroupInto } from './group.commands';
import type { GroupEvent } from './group.events';
import { endedWithGroup } from './group.membership';
import { endsAfter, notBeforeFormed, type ActiveGroup } from './group.rules';

const P = 'GROUP';

/** The source side of a merge: the group ends in the target, and its open seats end with it. */
export function decideMergeInto(command: MergeGroupInto, group: ActiveGroup): GroupEvent[] {
  const groupId = group.groupId;
  const { targetId, target } = command.data;
  // An end, as dissolving is: refused only when certainly not after the group's last change.
  const on = endsAfter(group, group.lastChangeOn, requireDateAsGiven(P, 'on', command.data.on));
  if (targetId === groupId) {
    throw new DomainError(
      `${P}.MERGE_INTO_ITSELF`,
      'A group cannot be merged into itself',
      'invalid',
      { groupId },
    );
  }
  if (!target || target.groupId !== targetId) {
    throw new DomainError(`${P}.MERGE_TARGET_NOT_FOUND`, 'No such target group', 'invalid', {
      targetId,
    });
  }
  if (target.dissolvedOn !== null) {
    throw new DomainError(
      `${P}.MERGE_TARGET_DISSOLVED`,
      `The target ended on ${target.dissolvedOn}`,
      'conflict',
      { targetId },
    );
  }
  if (target.modelId !== group.modelId) {
    throw new DomainError(`${P}.MERGE_ACROSS_MODELS`, 'Only groups of one model merge', 'invalid', {
      targetId,
    });
  }
  if (placedBefore(on, target.formedOn)) {
    throw new DomainError(
      `${P}.MERGE_BEFORE_TARGET_FORMED`,
      `The target was formed on ${target.formedOn}`,
      'invalid',
      {
        targetFormedOn: target.formedOn,
      },
    );
  }
  // Merging a group into its own descendant would leave the descendant under a group that has ended.
  if (target.ancestorIds.includes(groupId)) {
    throw new DomainError(
      `${P}.MERGE_INTO_DESCENDANT`,
      'A group cannot be merged into a group below it',
      'conflict',
      {
        targetId,
      },
    );
  }
  return [
    { type: 'GroupMergedInto', data: { groupId, targetId, on } },
    ...endedWithGroup(group, on, 'group-merged'),
  ];
}

/** The target side of a merge: it records what it absorbed. */
export function decideAbsorb(command: AbsorbGroups, group: ActiveGroup): GroupEvent[] {
  const groupId = group.groupId;
  const on = notBeforeFormed(group, requireDateAsGiven(P, 'on', command.data.on));
  const sourceIds = (command.data.sourceIds ?? []).map((id) => requireId(P, 'sourceId', id));
  if (sourceIds.length === 0) {
    throw new DomainError(`${P}.MERGE_TOO_FEW`, 'A merge absorbs at least one group', 'invalid');
  }
  if (sourceIds.includes(groupId)) {
    throw new DomainError(`${P}.MERGE_INTO_ITSELF`, 'A group cannot absorb itself', 'invalid', {
      groupId,
    });
  }
  const repeated = duplicatesOf(sourceIds);
  if (repeated.length > 0) {
    throw new DomainError(`${P}.MERGE_DUPLICATE_SOURCE`, 'A group is named twice', 'invalid', {
      groupIds: repeated,
    });
  }
  return [{ type: 'GroupsAbsorbed', data: { groupId, sourceIds, on } }];
}
