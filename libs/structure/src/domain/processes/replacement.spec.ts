import { fold } from '../shared/fold';
import { failureOf } from '@app/testing';
import { added, formed } from '../testing/group.fixtures';
import { existing } from '../testing/reference.fixtures';
import { attached, nynashamnsmodellen } from '../testing/model.fixtures';
import { groupDecider } from '../group/group.decider';
import type { GroupEvent } from '../group/group.events';
import type { GroupState } from '../group/group.state';
import { modelDecider } from '../model/model.decider';
import { decideReplacement, type ReplacementRequest } from './replacement';

const group = (...events: GroupEvent[]): GroupState => fold(groupDecider, events);
const groups = new Map<string, GroupState>([
  ['g-steering', group(formed())],
  [
    'g-coordination',
    group(formed({ groupId: 'g-coordination', kind: 'coordination', parentId: 'g-steering' })),
  ],
  [
    'g-preschool',
    group(
      formed({
        groupId: 'g-preschool',
        kind: 'working',
        parentId: 'g-coordination',
        formedOn: '2022-01-01',
      }),
    ),
  ],
]);
const model = fold(modelDecider, [
  nynashamnsmodellen,
  attached('g-steering'),
  attached('g-coordination'),
  attached('g-preschool', '2022-01-01'),
]);
const newModel = {
  modelId: 'm-riskzon',
  name: 'Samverkansmodell för barn och unga i riskzon',
  purpose: 'Barn och unga i riskzon',
  participantIds: ['org-naf', 'org-buf', 'org-sof'],
  adoptedBy: { description: 'Förvaltningscheferna' },
  establishedOn: '2024-11-14',
};
const request = (
  groupsPlan: ReplacementRequest['groups'],
  effectiveOn = '2025-01-01',
): ReplacementRequest => ({
  modelId: 'm-nynashamn',
  successor: { kind: 'new', model: newModel },
  effectiveOn,
  groups: groupsPlan,
});
const input = {
  model,
  successor: modelDecider.initialState,
  groups,
  participants: newModel.participantIds.map((id) => existing(id)),
};

describe('decideReplacement', () => {
  it('establishes a new successor that names its predecessor, and moves the transferred tree into it parents first', () => {
    const decision = decideReplacement(
      request([
        { groupId: 'g-preschool', action: 'transfer' },
        { groupId: 'g-coordination', action: 'transfer' },
        { groupId: 'g-steering', action: 'transfer', parentId: null },
      ]),
      input,
    );
    expect(decision.successorId).toBe('m-riskzon');
    expect(decision.successor.map((event) => event.type)).toEqual([
      'ModelEstablished',
      'GroupAttached',
      'GroupAttached',
      'GroupAttached',
    ]);
    expect(decision.successor[0]!.data).toMatchObject({ predecessorId: 'm-nynashamn' });
    // Parents first: each transfer found its parent already in the successor.
    expect(
      decision.successor.slice(1).map((event) => (event.data as { groupId: string }).groupId),
    ).toEqual(['g-steering', 'g-coordination', 'g-preschool']);
    // Left out, the parent is the one the group has now.
    expect(decision.groups.get('g-preschool')).toEqual([
      {
        type: 'GroupTransferred',
        data: {
          groupId: 'g-preschool',
          fromModelId: 'm-nynashamn',
          toModelId: 'm-riskzon',
          parentId: 'g-coordination',
          on: '2025-01-01',
        },
      },
    ]);
  });

  it('refuses to keep a parent that the plan dissolves', () => {
    const error = failureOf(() =>
      decideReplacement(
        request([
          { groupId: 'g-steering', action: 'dissolve' },
          { groupId: 'g-coordination', action: 'dissolve' },
          { groupId: 'g-preschool', action: 'transfer' },
        ]),
        input,
      ),
    );
    expect(error.code).toBe('MODEL.TRANSFER_UNDER_DISSOLVED_GROUP');
  });

  it('stops the whole replacement when one group cannot follow it', () => {
    // A member who joins on the day of the replacement makes dissolving that group that day impossible.
    const busy = new Map(groups).set(
      'g-steering',
      group(formed(), added('m1', 'member', '2025-01-01')),
    );
    const error = failureOf(() =>
      decideReplacement(
        request([
          { groupId: 'g-steering', action: 'dissolve' },
          { groupId: 'g-coordination', action: 'transfer', parentId: null },
          { groupId: 'g-preschool', action: 'transfer' },
        ]),
        { ...input, groups: busy },
      ),
    );
    expect(error.code).toBe('GROUP.CHANGE_OUT_OF_ORDER');
  });

  it('refuses a new successor established after the replacement takes effect', () => {
    const error = failureOf(() =>
      decideReplacement(
        request(
          [
            { groupId: 'g-steering', action: 'dissolve' },
            { groupId: 'g-coordination', action: 'dissolve' },
            { groupId: 'g-preschool', action: 'dissolve' },
          ],
          '2024-11-13',
        ),
        input,
      ),
    );
    expect(error.code).toBe('MODEL.SUCCESSOR_NOT_ESTABLISHED');
  });

  it('refuses an existing successor the handler could not load', () => {
    const error = failureOf(() =>
      decideReplacement(
        { ...request([]), successor: { kind: 'existing', modelId: 'm-missing' } },
        input,
      ),
    );
    expect(error.code).toBe('MODEL.SUCCESSOR_NOT_FOUND');
  });
});
