import { DomainError } from '@app/kernel';
import { duplicatesOf, placedBefore, type IsoDate } from '../shared/guards';
import type { SuccessorFacts } from './model.commands';
import type { GroupDisposition } from './model.events';
import type { ModelFacts } from './model.state';

const P = 'MODEL';

/** The successor must exist, be another model, be in force on the day and not have ended. */
export function checkSuccessor(
  model: ModelFacts,
  successorId: string,
  successor: SuccessorFacts | null,
  effectiveOn: IsoDate,
): SuccessorFacts {
  if (successorId === model.modelId) {
    throw new DomainError(`${P}.SUCCESSOR_IS_SELF`, 'A model cannot replace itself', 'invalid');
  }
  if (!successor || successor.modelId !== successorId) {
    throw new DomainError(`${P}.SUCCESSOR_NOT_FOUND`, 'No such successor model', 'invalid', {
      successorId,
    });
  }
  if (successor.status !== 'active') {
    throw new DomainError(
      `${P}.SUCCESSOR_NOT_ACTIVE`,
      `The successor has been ${successor.status}`,
      'conflict',
      {
        successorId,
        status: successor.status,
      },
    );
  }
  // Not placed before the successor exists (first possible days, as every order in a record).
  if (placedBefore(effectiveOn, successor.establishedOn)) {
    throw new DomainError(
      `${P}.SUCCESSOR_NOT_ESTABLISHED`,
      `The successor is established on ${successor.establishedOn}, after the replacement takes effect`,
      'invalid',
      { successorEstablishedOn: successor.establishedOn },
    );
  }
  return successor;
}

/**
 * A replacement leaves no group hanging: the plan names every group on the roster exactly once,
 * and every transferred group ends up under a parent that lives on in the successor, with no
 * cycle among the new parents.
 */
export function checkPlan(
  model: ModelFacts,
  successor: SuccessorFacts,
  plan: readonly GroupDisposition[],
): GroupDisposition[] {
  const named = plan.map((entry) => entry.groupId);
  const duplicates = duplicatesOf(named);
  if (duplicates.length > 0) {
    throw new DomainError(
      `${P}.REPLACEMENT_DUPLICATE_GROUP`,
      'The replacement names a group more than once',
      'invalid',
      {
        groupIds: duplicates,
      },
    );
  }
  const roster = new Set(Object.keys(model.groups));
  const unknown = named.filter((id) => !roster.has(id));
  if (unknown.length > 0) {
    throw new DomainError(
      `${P}.REPLACEMENT_UNKNOWN_GROUP`,
      'The replacement names groups that are not in the model',
      'invalid',
      {
        groupIds: unknown,
      },
    );
  }
  const missing = [...roster].filter((id) => !named.includes(id));
  if (missing.length > 0) {
    throw new DomainError(
      `${P}.REPLACEMENT_MISSING_GROUP`,
      'The replacement must say what happens to every group',
      'invalid',
      {
        groupIds: missing,
      },
    );
  }
  const dispositions = plan.map(normalise);
  const byId = new Map(dispositions.map((entry) => [entry.groupId, entry]));
  const successorGroups = new Set(successor.groupIds);
  for (const entry of dispositions) {
    if (entry.action !== 'transfer' || entry.parentId === null) continue;
    const parent = byId.get(entry.parentId);
    if (parent?.action === 'dissolve') {
      throw new DomainError(
        `${P}.TRANSFER_UNDER_DISSOLVED_GROUP`,
        'A transferred group cannot keep a parent that is dissolved',
        'invalid',
        {
          groupId: entry.groupId,
          parentId: entry.parentId,
        },
      );
    }
    if (!parent && !successorGroups.has(entry.parentId)) {
      throw new DomainError(
        `${P}.TRANSFER_PARENT_NOT_IN_SUCCESSOR`,
        'The new parent must be a group of the successor',
        'invalid',
        {
          groupId: entry.groupId,
          parentId: entry.parentId,
        },
      );
    }
  }
  const cycle = findCycle(byId);
  if (cycle) {
    throw new DomainError(`${P}.TRANSFER_CYCLE`, 'The new parents form a cycle', 'invalid', {
      groupIds: cycle,
    });
  }
  return dispositions;
}

/** Rebuilt from its parts so that nothing but the disposition reaches the event. */
function normalise(entry: GroupDisposition): GroupDisposition {
  switch (entry.action) {
    case 'transfer':
      return { groupId: entry.groupId, action: 'transfer', parentId: entry.parentId ?? null };
    case 'dissolve':
      return { groupId: entry.groupId, action: 'dissolve' };
    default: {
      const unknown: never = entry;
      throw new DomainError(
        `${P}.INVALID_ACTION`,
        'Each group is either transferred or dissolved',
        'invalid',
        {
          entry: unknown,
        },
      );
    }
  }
}

/** Successor groups are never below a transferred one, so a cycle can only run through transfers. */
function findCycle(byId: ReadonlyMap<string, GroupDisposition>): string[] | null {
  const parentOf = (id: string): string | null => {
    const entry = byId.get(id);
    return entry?.action === 'transfer' ? entry.parentId : null;
  };
  for (const start of byId.keys()) {
    const path: string[] = [];
    for (let id: string | null = start; id !== null; id = parentOf(id)) {
      if (path.includes(id)) return path.slice(path.indexOf(id));
      path.push(id);
    }
  }
  return null;
}
