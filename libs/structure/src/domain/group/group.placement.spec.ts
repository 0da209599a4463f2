import { given } from '@app/testing';
import {
  coordination,
  factsOf,
  formPreschool,
  formed,
  move,
  steering,
} from '../testing/group.fixtures';
import type { GroupCommand } from './group.commands';
import { groupDecider as decider } from './group.decider';
import type { GroupFormed } from './group.events';
import { groupFactsOf } from './group.state';

describe('group decider: moves and transfers', () => {
  describe('MoveGroup', () => {
    const preschool = given(decider).when(formPreschool()).events()[0] as GroupFormed;

    it('moves a group under a new parent, or to the top', () => {
      given(decider, [preschool])
        .when(move('g-preschool', 'g-steering', factsOf(steering), '2023-01-01'))
        .then([
          {
            type: 'GroupMoved',
            data: {
              groupId: 'g-preschool',
              fromParentId: 'g-coordination',
              parentId: 'g-steering',
              on: '2023-01-01',
            },
          },
        ]);
      expect(
        given(decider, [preschool])
          .when(move('g-preschool', null, null, '2023-01-01'))
          .events()[0]!.data,
      ).toMatchObject({ parentId: null });
    });

    it('refuses the parent it already has, and a date not after its placement', () => {
      given(decider, [preschool])
        .when(move('g-preschool', 'g-coordination', factsOf(coordination), '2023-01-01'))
        .thenFails('GROUP.PARENT_UNCHANGED', 'invalid');
      given(decider, [preschool])
        .when(move('g-preschool', null, null, '2022-01-01'))
        .thenFails('GROUP.CHANGE_OUT_OF_ORDER');
    });

    it('refuses a parent below the group itself', () => {
      // The coordination group's chain runs preschool -> steering; putting it above preschool closes a loop.
      given(decider, [coordination])
        .when(
          move(
            'g-coordination',
            'g-preschool',
            factsOf(preschool, { ancestorIds: ['g-coordination', 'g-steering'] }),
            '2023-01-01',
          ),
        )
        .thenFails('GROUP.CYCLE', 'conflict');
    });

    it('refuses a cycle built by two moves, each valid on its own', () => {
      const a = formed({ groupId: 'g-a', name: 'A' });
      const b = formed({ groupId: 'g-b', name: 'B' });
      // First move: B under A.
      const bMoved = given(decider, [b])
        .when(move('g-b', 'g-a', factsOf(a), '2022-01-01'))
        .events();
      const bState = given(decider, [b, ...bMoved]).state;
      // Second move: A under B, whose facts now say it sits below A.
      given(decider, [a])
        .when(move('g-a', 'g-b', groupFactsOf(bState, ['g-a']), '2022-02-01'))
        .thenFails('GROUP.CYCLE', 'conflict');
    });

    it('refuses a dissolved parent and one in another model', () => {
      given(decider, [preschool])
        .when(
          move(
            'g-preschool',
            'g-steering',
            factsOf(steering, { dissolvedOn: '2022-06-01' }),
            '2023-01-01',
          ),
        )
        .thenFails('GROUP.PARENT_DISSOLVED', 'conflict');
      given(decider, [preschool])
        .when(
          move(
            'g-preschool',
            'g-steering',
            factsOf(steering, { modelId: 'm-riskzon' }),
            '2023-01-01',
          ),
        )
        .thenFails('GROUP.PARENT_IN_OTHER_MODEL', 'invalid');
    });
  });

  describe('TransferGroup', () => {
    const transfer = (data: Record<string, unknown>) =>
      ({
        type: 'TransferGroup',
        data: {
          groupId: 'g-steering',
          toModelId: 'm-riskzon',
          parentId: null,
          on: '2025-01-01',
          ...data,
        },
      }) as GroupCommand;
    const tactical = formed({
      groupId: 'g-tactical',
      modelId: 'm-riskzon',
      kind: 'tactical-steering',
      formedOn: '2024-11-14',
    });

    it('transfers a group to another model, under a parent there', () => {
      given(decider, [steering])
        .when(transfer({ parentId: 'g-tactical', parent: factsOf(tactical) }))
        .then([
          {
            type: 'GroupTransferred',
            data: {
              groupId: 'g-steering',
              fromModelId: 'm-nynashamn',
              toModelId: 'm-riskzon',
              parentId: 'g-tactical',
              on: '2025-01-01',
            },
          },
        ]);
    });

    it('refuses its own model, a parent left in the old model, and an early date', () => {
      given(decider, [steering])
        .when(transfer({ toModelId: 'm-nynashamn' }))
        .thenFails('GROUP.ALREADY_IN_MODEL', 'invalid');
      given(decider, [steering])
        .when(transfer({ parentId: 'g-coordination', parent: factsOf(coordination) }))
        .thenFails('GROUP.PARENT_IN_OTHER_MODEL');
      given(decider, [steering])
        .when(transfer({ on: '2021-01-01' }))
        .thenFails('GROUP.CHANGE_OUT_OF_ORDER');
    });
  });
});
