import { step } from '../shared/fold';
import type { IsoDate } from '../shared/guards';
import type { OrganisationFacts } from '../shared/references';
import { groupDecider } from '../group/group.decider';
import type { GroupEvent } from '../group/group.events';
import type { GroupState } from '../group/group.state';
import type { EstablishModelData } from '../model/model.commands';
import { modelDecider } from '../model/model.decider';
import type { GroupDisposition, ModelEvent } from '../model/model.events';
import { successorFactsOf, type ModelState } from '../model/model.state';
import { factsIn, type GroupStates } from './tree';

/** As the API takes it: a transfer without `parentId` keeps the group's current parent. */
export interface ReplacementRequest {
  modelId: string;
  successor: { kind: 'new'; model: EstablishModelData } | { kind: 'existing'; modelId: string };
  effectiveOn: IsoDate;
  groups: (
    | { groupId: string; action: 'transfer'; parentId?: string | null }
    | { groupId: string; action: 'dissolve' }
  )[];
}

/**
 * What the handler loads: the model, the successor (the initial state for a new one), every
 * group on the model's roster, and any successor group named as a new parent with its ancestors.
 */
export interface ReplacementInput {
  model: ModelState;
  successor: ModelState;
  groups: GroupStates;
  /** A new successor's participants, from their own streams; unused for an existing one. */
  participants?: OrganisationFacts[];
}

export interface ReplacementDecision {
  model: ModelEvent[];
  successorId: string;
  successor: ModelEvent[];
  groups: Map<string, GroupEvent[]>;
}

/**
 * A replacement touches the old model, its successor and every group. All of it is decided here,
 * before anything is written, so that a group that cannot follow (say, one with a change dated
 * after the replacement) stops the replacement instead of being left behind half-way.
 */
export function decideReplacement(
  request: ReplacementRequest,
  input: ReplacementInput,
): ReplacementDecision {
  const { modelId, effectiveOn } = request;
  let successor = { events: [] as ModelEvent[], state: input.successor };
  const successorId =
    request.successor.kind === 'new' ? request.successor.model.modelId : request.successor.modelId;
  if (request.successor.kind === 'new') {
    const model = {
      ...request.successor.model,
      predecessorId: modelId,
      participants: input.participants ?? [],
    };
    successor = step(modelDecider, { type: 'EstablishModel', data: model }, input.successor);
  }

  const plan: GroupDisposition[] = request.groups.map((entry) => {
    if (entry.action !== 'transfer' || entry.parentId !== undefined)
      return { ...entry } as GroupDisposition;
    const state = input.groups.get(entry.groupId);
    return { ...entry, parentId: state && state.status !== 'none' ? state.parentId : null };
  });
  const replaced = modelDecider.decide(
    {
      type: 'ReplaceModel',
      data: {
        modelId,
        successorId,
        successor: successorFactsOf(successor.state),
        effectiveOn,
        groups: plan,
      },
    },
    input.model,
  );
  const decided = replaced.find((event) => event.type === 'ModelReplaced');
  const dispositions = decided?.type === 'ModelReplaced' ? decided.data.groups : [];

  const groups = new Map<string, GroupState>(input.groups);
  const groupEvents = new Map<string, GroupEvent[]>();
  for (const disposition of parentsFirst(dispositions)) {
    const { groupId } = disposition;
    const state = groups.get(groupId) ?? groupDecider.initialState;
    const next =
      disposition.action === 'transfer'
        ? step(
            groupDecider,
            {
              type: 'TransferGroup',
              data: {
                groupId,
                toModelId: successorId,
                parentId: disposition.parentId,
                parent: factsIn(groups, disposition.parentId),
                on: effectiveOn,
              },
            },
            state,
          )
        : step(
            groupDecider,
            { type: 'DissolveGroup', data: { groupId, on: effectiveOn, cause: 'model-replaced' } },
            state,
          );
    groups.set(groupId, next.state);
    groupEvents.set(groupId, next.events);
    if (disposition.action === 'transfer') {
      const attached = step(
        modelDecider,
        {
          type: 'AttachGroup',
          data: { modelId: successorId, groupId, on: effectiveOn, fromModelId: modelId },
        },
        successor.state,
      );
      successor = { events: [...successor.events, ...attached.events], state: attached.state };
    }
  }
  return { model: replaced, successorId, successor: successor.events, groups: groupEvents };
}

/** Transfers below other transfers come after them, so each finds its parent already moved. */
function parentsFirst(dispositions: readonly GroupDisposition[]): GroupDisposition[] {
  const byId = new Map(dispositions.map((entry) => [entry.groupId, entry]));
  const depth = (entry: GroupDisposition): number => {
    let levels = 0;
    for (
      let current = entry;
      current.action === 'transfer' && current.parentId !== null;
      levels++
    ) {
      const parent = byId.get(current.parentId);
      if (!parent) break;
      current = parent;
    }
    return levels;
  };
  return [...dispositions].sort((a, b) => depth(a) - depth(b));
}
