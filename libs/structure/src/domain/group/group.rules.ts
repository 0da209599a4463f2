import { DomainError } from '@app/kernel';
import {
  certainlyBefore,
  certainlyNotAfter,
  notPlacedAfter,
  outOfOrder,
  placedBefore,
  type IsoDate,
} from '../shared/guards';
import type { GroupFacts } from './group.commands';
import {
  CADENCE_LIMITS,
  CADENCE_PERIODS,
  type Cadence,
  type CadencePeriod,
  type CountCadence,
  type IntervalCadence,
} from './group.events';
import type { Group, GroupState } from './group.state';

const P = 'GROUP';

export type ActiveGroup = Group & { status: 'active' };

/** Nothing happens to a group that has ended, whatever the date of the act. */
export function activeGroup(state: GroupState, groupId: string): ActiveGroup {
  switch (state.status) {
    case 'none':
      throw new DomainError(`${P}.NOT_FOUND`, 'No such group', 'not-found', { groupId });
    case 'dissolved':
      throw new DomainError(
        `${P}.DISSOLVED`,
        `The group was dissolved on ${state.endedOn}`,
        'conflict',
        { endedOn: state.endedOn },
      );
    case 'merged':
      throw new DomainError(
        `${P}.MERGED`,
        `The group was merged into another on ${state.endedOn}`,
        'conflict',
        {
          endedOn: state.endedOn,
          mergedInto: state.mergedInto,
        },
      );
    case 'active':
      return state;
  }
}

/** Parents, transfers and leaving are about a model: a group outside any has none of them. */
export function inAModel(group: { modelId: string | null }): string {
  if (group.modelId === null) {
    throw new DomainError(`${P}.NOT_IN_A_MODEL`, 'The group is outside any model', 'conflict', {});
  }
  return group.modelId;
}

/**
 * A parent must exist, still be in force, have been formed by `on`, belong to the same model,
 * and not sit below the group itself. The handler should load the facts from the parents'
 * streams rather than a projection, which may lag behind a move that was just recorded.
 */
export function checkParent(
  groupId: string,
  modelId: string,
  parentId: string | null,
  parent: GroupFacts | null | undefined,
  on: IsoDate,
): void {
  if (parentId === null) return;
  if (parentId === groupId) cycle(groupId, parentId);
  if (!parent || parent.groupId !== parentId) {
    throw new DomainError(`${P}.PARENT_NOT_FOUND`, 'No such parent group', 'invalid', { parentId });
  }
  if (parent.dissolvedOn !== null) {
    throw new DomainError(
      `${P}.PARENT_DISSOLVED`,
      `The parent group ended on ${parent.dissolvedOn}`,
      'conflict',
      {
        parentId,
        dissolvedOn: parent.dissolvedOn,
      },
    );
  }
  if (placedBefore(on, parent.formedOn)) {
    throw new DomainError(
      `${P}.BEFORE_PARENT_FORMED`,
      `The parent group was formed on ${parent.formedOn}`,
      'invalid',
      {
        parentId,
        parentFormedOn: parent.formedOn,
      },
    );
  }
  if (parent.modelId !== modelId) {
    throw new DomainError(
      `${P}.PARENT_IN_OTHER_MODEL`,
      'A parent group belongs to the same model',
      'invalid',
      {
        parentId,
        parentModelId: parent.modelId,
      },
    );
  }
  if (parent.ancestorIds.includes(groupId)) cycle(groupId, parentId);
}

function cycle(groupId: string, parentId: string): never {
  throw new DomainError(`${P}.CYCLE`, 'A group cannot be placed below itself', 'conflict', {
    groupId,
    parentId,
  });
}

/** `prefix` names the codes: GROUP for groups, ORGANISATION for boards and committees. */
export function checkCadence(
  cadence: Cadence | null | undefined,
  prefix: string = P,
): Cadence | null {
  if (cadence === undefined || cadence === null) return null;
  const whole = (value: unknown, max: number) =>
    Number.isInteger(value) && (value as number) > 0 && (value as number) <= max;
  const given = cadence as Partial<IntervalCadence & CountCadence>;
  const interval = given.minWeeks !== undefined || given.maxWeeks !== undefined;
  const counted = given.count !== undefined || given.per !== undefined;
  if (interval === counted) {
    throw new DomainError(
      `${prefix}.INVALID_CADENCE`,
      'A cadence is either every minWeeks to maxWeeks weeks, or a count per term or year',
      'invalid',
      { cadence },
    );
  }
  if (counted) {
    const { count, per } = given;
    if (!whole(count, CADENCE_LIMITS.maxCount) || !CADENCE_PERIODS.includes(per as CadencePeriod)) {
      throw new DomainError(
        `${prefix}.INVALID_CADENCE`,
        `A count cadence is 1 to ${CADENCE_LIMITS.maxCount} meetings per term or per year`,
        'invalid',
        { count, per },
      );
    }
    return { count: count!, per: per! };
  }
  const { minWeeks, maxWeeks } = given;
  const weeks = (value: unknown) => whole(value, CADENCE_LIMITS.maxWeeks);
  if (!weeks(minWeeks) || !weeks(maxWeeks) || minWeeks! > maxWeeks!) {
    throw new DomainError(
      `${prefix}.INVALID_CADENCE`,
      `A cadence is whole weeks, 1 to ${CADENCE_LIMITS.maxWeeks}, with min <= max`,
      'invalid',
      { minWeeks, maxWeeks },
    );
  }
  return { minWeeks: minWeeks!, maxWeeks: maxWeeks! };
}

/** Nothing is placed before the group's formation (dates compare by their first possible day). */
export function notBeforeFormed(group: Group, on: IsoDate): IsoDate {
  if (placedBefore(on, group.formedOn)) {
    throw new DomainError(
      `${P}.BEFORE_FORMED`,
      `The group was formed on ${group.formedOn}`,
      'invalid',
      { formedOn: group.formedOn },
    );
  }
  return on;
}

/** A change takes effect after what it changes, so that no state lasts zero days. */
export function after(group: Group, since: IsoDate, on: IsoDate): IsoDate {
  notBeforeFormed(group, on);
  if (notPlacedAfter(on, since)) outOfOrder(P, on, since);
  return on;
}

/**
 * An end is refused only when certainly not after what it ends ("2021" may end a group whose
 * last change was on 2021-03-01): until its last possible day the reads show the group as
 * possibly ended.
 */
export function endsAfter(group: Group, since: IsoDate, on: IsoDate): IsoDate {
  if (certainlyBefore(on, group.formedOn)) {
    throw new DomainError(
      `${P}.BEFORE_FORMED`,
      `The group was formed on ${group.formedOn}`,
      'invalid',
      { formedOn: group.formedOn },
    );
  }
  if (certainlyNotAfter(on, since)) outOfOrder(P, on, since);
  return on;
}
