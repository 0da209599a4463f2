import { given } from '@app/testing';
import { attached, nynashamnsmodellen as established } from '../testing/model.fixtures';
import type { ReplaceModel, SuccessorFacts } from './model.commands';
import { modelDecider as decider } from './model.decider';
import type { GroupDisposition, ModelEvent } from './model.events';

const roster = [
  established,
  attached('g-steering'),
  attached('g-coordination'),
  attached('g-preschool', '2022-01-01'),
];
const successor: SuccessorFacts = {
  modelId: 'm-riskzon',
  status: 'active',
  establishedOn: '2024-11-14',
  groupIds: ['g-strategic', 'g-tactical'],
};
const plan: GroupDisposition[] = [
  { groupId: 'g-steering', action: 'dissolve' },
  { groupId: 'g-coordination', action: 'dissolve' },
  { groupId: 'g-preschool', action: 'transfer', parentId: 'g-tactical' },
];
const replace = (data: Partial<ReplaceModel['data']> = {}): ReplaceModel => ({
  type: 'ReplaceModel',
  data: {
    modelId: 'm-nynashamn',
    successorId: 'm-riskzon',
    successor,
    effectiveOn: '2025-01-01',
    groups: plan,
    ...data,
  },
});
const replaced: ModelEvent = {
  type: 'ModelReplaced',
  data: {
    modelId: 'm-nynashamn',
    successorId: 'm-riskzon',
    effectiveOn: '2025-01-01',
    groups: plan,
  },
};

describe('replacing a collaboration model', () => {
  it('replaces the model, saying for each group whether it is transferred or dissolved', () => {
    given(decider, roster).when(replace()).then([replaced]);
  });

  it('clears the roster and ends the model', () => {
    const state = given(decider, roster).when(replace()).state();
    expect(state).toMatchObject({
      status: 'replaced',
      successorId: 'm-riskzon',
      endedOn: '2025-01-01',
      groups: {},
    });
  });

  it('refuses a plan that leaves one group out', () => {
    const error = given(decider, roster)
      .when(replace({ groups: plan.slice(1) }))
      .thenFails('MODEL.REPLACEMENT_MISSING_GROUP', 'invalid');
    expect(error.details).toEqual({ groupIds: ['g-steering'] });
  });

  it('refuses a plan that names a group not in the model', () => {
    const error = given(decider, roster)
      .when(replace({ groups: [...plan, { groupId: 'g-stranger', action: 'dissolve' }] }))
      .thenFails('MODEL.REPLACEMENT_UNKNOWN_GROUP', 'invalid');
    expect(error.details).toEqual({ groupIds: ['g-stranger'] });
  });

  it('refuses a plan that names a group twice, even with the same action', () => {
    given(decider, roster)
      .when(replace({ groups: [...plan, { groupId: 'g-coordination', action: 'dissolve' }] }))
      .thenFails('MODEL.REPLACEMENT_DUPLICATE_GROUP', 'invalid');
  });

  it('refuses an empty plan for a model with groups, and accepts one for a model without', () => {
    given(decider, roster)
      .when(replace({ groups: [] }))
      .thenFails('MODEL.REPLACEMENT_MISSING_GROUP');
    expect(
      given(decider, [established])
        .when(replace({ groups: [] }))
        .events(),
    ).toHaveLength(1);
  });

  it('refuses an action that is neither transfer nor dissolve', () => {
    const groups = [...plan.slice(0, 2), { groupId: 'g-preschool', action: 'keep' } as never];
    given(decider, roster).when(replace({ groups })).thenFails('MODEL.INVALID_ACTION', 'invalid');
  });

  describe('the parents of transferred groups', () => {
    it('accepts a parent that is transferred too, and the top level', () => {
      const groups: GroupDisposition[] = [
        { groupId: 'g-steering', action: 'transfer', parentId: null },
        { groupId: 'g-coordination', action: 'transfer', parentId: 'g-steering' },
        { groupId: 'g-preschool', action: 'transfer', parentId: 'g-coordination' },
      ];
      expect(given(decider, roster).when(replace({ groups })).events()).toHaveLength(1);
    });

    it('refuses a parent that the plan dissolves', () => {
      const groups: GroupDisposition[] = [
        ...plan.slice(0, 2),
        { groupId: 'g-preschool', action: 'transfer', parentId: 'g-coordination' },
      ];
      given(decider, roster)
        .when(replace({ groups }))
        .thenFails('MODEL.TRANSFER_UNDER_DISSOLVED_GROUP', 'invalid');
    });

    it('refuses a parent that is neither transferred nor in the successor', () => {
      const groups: GroupDisposition[] = [
        ...plan.slice(0, 2),
        { groupId: 'g-preschool', action: 'transfer', parentId: 'g-elsewhere' },
      ];
      given(decider, roster)
        .when(replace({ groups }))
        .thenFails('MODEL.TRANSFER_PARENT_NOT_IN_SUCCESSOR', 'invalid');
    });

    it('refuses new parents that form a cycle, or a group under itself', () => {
      const cycle: GroupDisposition[] = [
        { groupId: 'g-steering', action: 'transfer', parentId: 'g-preschool' },
        { groupId: 'g-coordination', action: 'transfer', parentId: 'g-steering' },
        { groupId: 'g-preschool', action: 'transfer', parentId: 'g-coordination' },
      ];
      const error = given(decider, roster)
        .when(replace({ groups: cycle }))
        .thenFails('MODEL.TRANSFER_CYCLE', 'invalid');
      expect((error.details!.groupIds as string[]).sort()).toEqual([
        'g-coordination',
        'g-preschool',
        'g-steering',
      ]);
      const own: GroupDisposition[] = [
        ...plan.slice(0, 2),
        { groupId: 'g-preschool', action: 'transfer', parentId: 'g-preschool' },
      ];
      given(decider, roster)
        .when(replace({ groups: own }))
        .thenFails('MODEL.TRANSFER_CYCLE');
    });
  });

  describe('the successor', () => {
    it.each([
      [
        'itself',
        { successorId: 'm-nynashamn', successor: { ...successor, modelId: 'm-nynashamn' } },
        'MODEL.SUCCESSOR_IS_SELF',
        'invalid',
      ],
      ['one the handler did not find', { successor: null }, 'MODEL.SUCCESSOR_NOT_FOUND', 'invalid'],
      [
        'facts about another model',
        { successor: { ...successor, modelId: 'm-x' } },
        'MODEL.SUCCESSOR_NOT_FOUND',
        'invalid',
      ],
      [
        'a retired one',
        { successor: { ...successor, status: 'retired' as const } },
        'MODEL.SUCCESSOR_NOT_ACTIVE',
        'conflict',
      ],
      [
        'one established after the date',
        { successor: { ...successor, establishedOn: '2025-01-02' } },
        'MODEL.SUCCESSOR_NOT_ESTABLISHED',
        'invalid',
      ],
    ] as const)('refuses %s', (_what, data, code, kind) => {
      given(decider, roster).when(replace(data)).thenFails(code, kind);
    });
  });

  it('refuses a date not after the last change on the model', () => {
    given(decider, roster)
      .when(replace({ effectiveOn: '2022-01-01' }))
      .thenFails('MODEL.CHANGE_OUT_OF_ORDER', 'invalid');
    given(decider, roster)
      .when(replace({ effectiveOn: '2020-01-01' }))
      .thenFails('MODEL.BEFORE_ESTABLISHMENT', 'invalid');
  });

  it('refuses anything on a replaced model', () => {
    given(decider, [...roster, replaced])
      .when(replace())
      .thenFails('MODEL.REPLACED', 'conflict');
    given(decider, [...roster, replaced])
      .when({
        type: 'AttachGroup',
        data: { modelId: 'm-nynashamn', groupId: 'g-late', on: '2025-02-01' },
      })
      .thenFails('MODEL.REPLACED', 'conflict');
  });
});
