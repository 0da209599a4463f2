import { fold } from '../shared/fold';
import { failureOf } from '@app/testing';
import { added, formed } from '../testing/group.fixtures';
import { attached, nynashamnsmodellen } from '../testing/model.fixtures';
import { groupDecider } from '../group/group.decider';
import type { GroupEvent } from '../group/group.events';
import type { GroupState } from '../group/group.state';
import { modelDecider } from '../model/model.decider';
import { decideMerge, type MergeRequest } from './merge';

const group = (...events: GroupEvent[]): GroupState => fold(groupDecider, events);
const working = (groupId: string, parentId = 'g-coordination') =>
  formed({
    groupId,
    kind: 'working',
    name: groupId,
    parentId,
    formedOn: '2022-01-01',
    cadence: null,
  });
const states = new Map<string, GroupState>([
  ['g-coordination', group(formed({ groupId: 'g-coordination', kind: 'coordination' }))],
  [
    'g-school',
    group(working('g-school'), added('m1', 'member', '2022-02-01', { groupId: 'g-school' })),
  ],
  ['g-preschool', group(working('g-preschool'))],
  ['g-sub', group(working('g-sub', 'g-preschool'))],
]);
const model = fold(modelDecider, [
  nynashamnsmodellen,
  ...[...states.keys()].map((id) => attached(id)),
]);
const input = { groups: states, model };
const intoNew = (
  sourceIds: string[],
  parentId: string | null = 'g-coordination',
): MergeRequest => ({
  sourceIds,
  target: {
    kind: 'new',
    group: {
      groupId: 'g-attendance',
      modelId: 'm-nynashamn',
      kind: 'operational',
      name: 'Närvaro',
      parentId,
      records: 'notes',
    },
  },
  on: '2024-06-01',
});

describe('decideMerge', () => {
  const withoutSub = new Map(states);
  withoutSub.delete('g-sub');
  const modelWithoutSub = fold(modelDecider, [
    nynashamnsmodellen,
    ...[...withoutSub.keys()].map((id) => attached(id)),
  ]);

  it('forms the new target, merges each source into it, and updates the roster', () => {
    const decision = decideMerge(intoNew(['g-school', 'g-preschool']), {
      groups: withoutSub,
      model: modelWithoutSub,
    });
    expect(decision.targetId).toBe('g-attendance');
    expect(decision.groups.get('g-attendance')!.map((event) => event.type)).toEqual([
      'GroupFormed',
      'GroupsAbsorbed',
    ]);
    expect(decision.groups.get('g-attendance')![1]!.data).toEqual({
      groupId: 'g-attendance',
      sourceIds: ['g-school', 'g-preschool'],
      on: '2024-06-01',
    });
    expect(decision.groups.get('g-school')).toEqual([
      {
        type: 'GroupMergedInto',
        data: { groupId: 'g-school', targetId: 'g-attendance', on: '2024-06-01' },
      },
      {
        type: 'MembershipEnded',
        data: { groupId: 'g-school', membershipId: 'm1', to: '2024-06-01', cause: 'group-merged' },
      },
    ]);
    expect(
      decision.model.map((event) => [event.type, (event.data as { groupId: string }).groupId]),
    ).toEqual([
      ['GroupAttached', 'g-attendance'],
      ['GroupDetached', 'g-school'],
      ['GroupDetached', 'g-preschool'],
    ]);
  });

  it('merges on a date known to the year, refused only when certainly before a change', () => {
    // "Grupperna slogs samman 2022": g-school's seat began on 2022-02-01, which the year may follow.
    const request = { ...intoNew(['g-school', 'g-preschool']), on: '2022' };
    const decision = decideMerge(request, { groups: withoutSub, model: modelWithoutSub });
    expect(decision.groups.get('g-school')).toEqual([
      {
        type: 'GroupMergedInto',
        data: { groupId: 'g-school', targetId: 'g-attendance', on: '2022' },
      },
      {
        type: 'MembershipEnded',
        data: { groupId: 'g-school', membershipId: 'm1', to: '2022', cause: 'group-merged' },
      },
    ]);
    expect(decision.groups.get('g-attendance')![0]!.data).toMatchObject({ formedOn: '2022' });
    const early = { ...request, on: '2022-01' };
    expect(
      failureOf(() => decideMerge(early, { groups: withoutSub, model: modelWithoutSub })).code,
    ).toBe('GROUP.CHANGE_OUT_OF_ORDER');
  });

  it('merges into an existing group', () => {
    const decision = decideMerge(
      {
        sourceIds: ['g-school'],
        target: { kind: 'existing', groupId: 'g-preschool' },
        on: '2024-06-01',
      },
      input,
    );
    expect(decision.groups.get('g-preschool')!.map((event) => event.type)).toEqual([
      'GroupsAbsorbed',
    ]);
  });

  it.each<[string, MergeRequest, string]>([
    ['one group into a new one', intoNew(['g-school']), 'GROUP.MERGE_TOO_FEW'],
    ['a source twice', intoNew(['g-school', 'g-school']), 'GROUP.MERGE_DUPLICATE_SOURCE'],
    ['an unknown source', intoNew(['g-school', 'g-nowhere']), 'GROUP.MERGE_SOURCE_NOT_FOUND'],
    [
      'a new target below a source',
      intoNew(['g-school', 'g-preschool'], 'g-preschool'),
      'GROUP.MERGE_INTO_DESCENDANT',
    ],
    [
      'an existing target below a source',
      {
        sourceIds: ['g-preschool'],
        target: { kind: 'existing', groupId: 'g-sub' },
        on: '2024-06-01',
      },
      'GROUP.MERGE_INTO_DESCENDANT',
    ],
    [
      'a source with a child left behind',
      {
        sourceIds: ['g-preschool'],
        target: { kind: 'existing', groupId: 'g-school' },
        on: '2024-06-01',
      },
      'GROUP.HAS_CHILDREN',
    ],
  ])('refuses %s', (_what, request, code) => {
    expect(failureOf(() => decideMerge(request, input)).code).toBe(code);
  });

  it('fails loudly when the handler did not load every group of the model', () => {
    const partial = new Map(states);
    partial.delete('g-sub');
    expect(() =>
      decideMerge(
        {
          sourceIds: ['g-preschool'],
          target: { kind: 'existing', groupId: 'g-school' },
          on: '2024-06-01',
        },
        { groups: partial, model },
      ),
    ).toThrow(/g-sub is on the roster/);
  });
});
