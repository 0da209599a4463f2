import { given } from '@app/testing';
import { attached, nynashamnsmodellen as established } from '../testing/model.fixtures';
import type { ModelCommand } from './model.commands';
import { modelDecider as decider } from './model.decider';
import type { ModelEvent } from './model.events';

const command = (type: ModelCommand['type'], data: Record<string, unknown>) =>
  ({ type, data: { modelId: 'm-nynashamn', ...data } }) as ModelCommand;
const retired: ModelEvent = {
  type: 'ModelRetired',
  data: { modelId: 'm-nynashamn', on: '2025-01-01' },
};

describe('collaboration model: roster and retirement', () => {
  describe('the roster of groups', () => {
    it('attaches a group from a date and detaches it when it ends', () => {
      given(decider, [established])
        .when(command('AttachGroup', { groupId: 'g-steering', on: '2021-01-01' }))
        .then([attached('g-steering')]);
      given(decider, [established, attached('g-steering')])
        .when(
          command('DetachGroup', { groupId: 'g-steering', on: '2023-01-01', cause: 'dissolved' }),
        )
        .then([
          {
            type: 'GroupDetached',
            data: {
              modelId: 'm-nynashamn',
              groupId: 'g-steering',
              on: '2023-01-01',
              cause: 'dissolved',
            },
          },
        ]);
    });

    it('refuses a group twice, an unknown one, a bad cause, and dates out of order', () => {
      const withSteering = [established, attached('g-steering', '2022-01-01')];
      given(decider, withSteering)
        .when(command('AttachGroup', { groupId: 'g-steering', on: '2022-01-01' }))
        .thenFails('MODEL.GROUP_ALREADY_ATTACHED', 'conflict');
      given(decider, withSteering)
        .when(command('DetachGroup', { groupId: 'g-x', on: '2023-01-01', cause: 'dissolved' }))
        .thenFails('MODEL.GROUP_NOT_ATTACHED', 'conflict');
      given(decider, withSteering)
        .when(command('DetachGroup', { groupId: 'g-steering', on: '2023-01-01', cause: 'lost' }))
        .thenFails('MODEL.INVALID_CAUSE');
      given(decider, withSteering)
        .when(command('DetachGroup', { groupId: 'g-steering', on: '2022-01-01', cause: 'merged' }))
        .thenFails('MODEL.CHANGE_OUT_OF_ORDER');
      given(decider, withSteering)
        .when(command('AttachGroup', { groupId: 'g-new', on: '2020-01-01' }))
        .thenFails('MODEL.BEFORE_ESTABLISHMENT');
    });
  });

  describe('RetireModel', () => {
    it('retires a model without groups', () => {
      given(decider, [established])
        .when(command('RetireModel', { on: '2025-01-01' }))
        .then([retired]);
    });

    it('refuses while groups remain, and on a date not after the last change', () => {
      given(decider, [established, attached('g-steering')])
        .when(command('RetireModel', { on: '2025-01-01' }))
        .thenFails('MODEL.HAS_GROUPS', 'conflict');
      given(decider, [established])
        .when(command('RetireModel', { on: '2021-01-01' }))
        .thenFails('MODEL.CHANGE_OUT_OF_ORDER');
    });

    it.each<ModelCommand['type']>([
      'AddParticipant',
      'WithdrawParticipant',
      'AmendModel',
      'AttachGroup',
      'DetachGroup',
      'ReplaceModel',
      'RetireModel',
    ])('refuses %s on a retired model', (type) => {
      given(decider, [established, retired])
        .when(command(type, { on: '2026-01-01' }))
        .thenFails('MODEL.RETIRED', 'conflict');
    });

    it('refuses a model that was never established', () => {
      given(decider)
        .when(command('RetireModel', { on: '2025-01-01' }))
        .thenFails('MODEL.NOT_FOUND', 'not-found');
    });
  });
});
