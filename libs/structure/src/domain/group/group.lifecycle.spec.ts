import { given } from '@app/testing';
import { added, dissolved, factsOf, formed, move, steering } from '../testing/group.fixtures';
import { existing, registered } from '../testing/reference.fixtures';
import type { GroupCommand } from './group.commands';
import { groupDecider as decider } from './group.decider';
import type { GroupEvent } from './group.events';

describe('group decider: dissolution and merges', () => {
  describe('DissolveGroup', () => {
    const dissolve = (on: string) =>
      ({ type: 'DissolveGroup', data: { groupId: 'g-steering', on } }) as const;

    it('dissolves the group and ends the seats still open on that day', () => {
      const history: GroupEvent[] = [
        steering,
        added('m1', 'chair', '2021-01-01'),
        added('m2', 'member', '2021-01-01'),
        {
          type: 'MembershipEnded',
          data: { groupId: 'g-steering', membershipId: 'm2', to: '2022-01-01', cause: 'ended' },
        },
        added('m3', 'member', '2022-01-01'),
        {
          type: 'MembershipEnded',
          data: { groupId: 'g-steering', membershipId: 'm3', to: '2026-01-01', cause: 'ended' },
        },
      ];
      given(decider, history)
        .when(dissolve('2025-01-01'))
        .then([
          {
            type: 'GroupDissolved',
            data: { groupId: 'g-steering', on: '2025-01-01', cause: 'decision' },
          },
          {
            type: 'MembershipEnded',
            data: {
              groupId: 'g-steering',
              membershipId: 'm1',
              to: '2025-01-01',
              cause: 'group-dissolved',
            },
          },
          {
            type: 'MembershipEnded',
            data: {
              groupId: 'g-steering',
              membershipId: 'm3',
              to: '2025-01-01',
              cause: 'group-dissolved',
            },
          },
        ]);
    });

    it('refuses a date before formation, on it, or not after the last thing that happened in the group', () => {
      given(decider, [steering]).when(dissolve('2020-01-01')).thenFails('GROUP.BEFORE_FORMED');
      given(decider, [steering])
        .when(dissolve('2021-01-01'))
        .thenFails('GROUP.CHANGE_OUT_OF_ORDER');
      given(decider, [steering, added('m1', 'member', '2023-05-01')])
        .when(dissolve('2023-05-01'))
        .thenFails('GROUP.CHANGE_OUT_OF_ORDER');
    });

    it.each<[string, GroupCommand]>([
      ['dissolve', { type: 'DissolveGroup', data: { groupId: 'g-steering', on: '2026-01-01' } }],
      [
        're-mandate',
        { type: 'ReMandateGroup', data: { groupId: 'g-steering', mandate: 'x', on: '2022-01-01' } },
      ],
      ['move', move('g-steering', null, null, '2022-01-01')],
      [
        'transfer',
        {
          type: 'TransferGroup',
          data: { groupId: 'g-steering', toModelId: 'm-x', parentId: null, on: '2022-01-01' },
        },
      ],
      [
        'merge',
        {
          type: 'MergeGroupInto',
          data: { groupId: 'g-steering', targetId: 'g-x', target: null, on: '2022-01-01' },
        },
      ],
      [
        'absorb',
        {
          type: 'AbsorbGroups',
          data: { groupId: 'g-steering', sourceIds: ['g-x'], on: '2022-01-01' },
        },
      ],
      [
        'add a member',
        {
          type: 'AddMember',
          data: {
            groupId: 'g-steering',
            membershipId: 'm',
            personId: 'p',
            person: registered('p'),
            organisationId: 'o',
            organisation: existing('o'),
            role: 'member',
            from: '2022-01-01',
          },
        },
      ],
    ])('refuses to %s a dissolved group, even with a date from its lifetime', (_what, command) => {
      given(decider, [steering, dissolved('g-steering', '2025-01-01')])
        .when(command)
        .thenFails('GROUP.DISSOLVED', 'conflict');
    });
  });

  describe('MergeGroupInto and AbsorbGroups', () => {
    const target = formed({ groupId: 'g-target', name: 'Operativ grupp' });
    const merge = (data: Record<string, unknown>) =>
      ({
        type: 'MergeGroupInto',
        data: {
          groupId: 'g-steering',
          targetId: 'g-target',
          target: factsOf(target),
          on: '2024-06-01',
          ...data,
        },
      }) as GroupCommand;

    it('ends the source in the target, with its open seats', () => {
      given(decider, [steering, added('m1', 'member', '2022-01-01')])
        .when(merge({}))
        .then([
          {
            type: 'GroupMergedInto',
            data: { groupId: 'g-steering', targetId: 'g-target', on: '2024-06-01' },
          },
          {
            type: 'MembershipEnded',
            data: {
              groupId: 'g-steering',
              membershipId: 'm1',
              to: '2024-06-01',
              cause: 'group-merged',
            },
          },
        ]);
    });

    it.each([
      ['itself', { targetId: 'g-steering' }, 'GROUP.MERGE_INTO_ITSELF'],
      ['a target the handler did not find', { target: null }, 'GROUP.MERGE_TARGET_NOT_FOUND'],
      [
        'a target that has ended',
        { target: factsOf(target, { dissolvedOn: '2024-01-01' }) },
        'GROUP.MERGE_TARGET_DISSOLVED',
      ],
      [
        'a target in another model',
        { target: factsOf(target, { modelId: 'm-x' }) },
        'GROUP.MERGE_ACROSS_MODELS',
      ],
      [
        'a target formed later',
        { target: factsOf(target, { formedOn: '2024-07-01' }) },
        'GROUP.MERGE_BEFORE_TARGET_FORMED',
      ],
      [
        'a target below the source',
        { target: factsOf(target, { ancestorIds: ['g-steering'] }) },
        'GROUP.MERGE_INTO_DESCENDANT',
      ],
    ])('refuses to merge into %s', (_what, data, code) => {
      given(decider, [steering]).when(merge(data)).thenFails(code);
    });

    it('refuses anything on a group merged away', () => {
      const merged = {
        type: 'GroupMergedInto',
        data: { groupId: 'g-steering', targetId: 'g-target', on: '2024-06-01' },
      } as const;
      given(decider, [steering, merged]).when(merge({})).thenFails('GROUP.MERGED', 'conflict');
    });

    it('records on the target what it absorbed, and refuses nonsense', () => {
      const absorb = (sourceIds: string[], on = '2024-06-01') =>
        ({ type: 'AbsorbGroups', data: { groupId: 'g-target', sourceIds, on } }) as const;
      given(decider, [target])
        .when(absorb(['g-a', 'g-b']))
        .then([
          {
            type: 'GroupsAbsorbed',
            data: { groupId: 'g-target', sourceIds: ['g-a', 'g-b'], on: '2024-06-01' },
          },
        ]);
      given(decider, [target]).when(absorb([])).thenFails('GROUP.MERGE_TOO_FEW');
      given(decider, [target])
        .when(absorb(['g-target']))
        .thenFails('GROUP.MERGE_INTO_ITSELF');
      given(decider, [target])
        .when(absorb(['g-a', 'g-a']))
        .thenFails('GROUP.MERGE_DUPLICATE_SOURCE');
      given(decider, [target])
        .when(absorb(['g-a'], '2020-01-01'))
        .thenFails('GROUP.BEFORE_FORMED');
    });
  });
});
