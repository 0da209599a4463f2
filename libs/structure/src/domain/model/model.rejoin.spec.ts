import { fold, given } from '@app/testing';
import { nynashamnsmodellen as established } from '../testing/model.fixtures';
import { existing } from '../testing/reference.fixtures';
import type { ModelCommand } from './model.commands';
import { modelDecider as decider } from './model.decider';
import type { ModelEvent } from './model.events';

/** "SOF lämnade samverkan 2022 och återinträdde 2024": an organisation leaves and joins again. */
describe('a participant leaving a collaboration model and joining it again', () => {
  const add = (from: string): ModelCommand => ({
    type: 'AddParticipant',
    data: {
      modelId: 'm-nynashamn',
      organisationId: 'org-sof',
      organisation: existing('org-sof'),
      from,
    },
  });
  const leave = (on: string): ModelCommand => ({
    type: 'WithdrawParticipant',
    data: { modelId: 'm-nynashamn', organisationId: 'org-sof', on },
  });
  const left = (on: string): ModelEvent => ({
    type: 'ParticipantLeft',
    data: { modelId: 'm-nynashamn', organisationId: 'org-sof', on },
  });
  const joined = (from: string): ModelEvent => ({
    type: 'ParticipantAdded',
    data: { modelId: 'm-nynashamn', organisationId: 'org-sof', from },
  });

  it('keeps every period, each with its own end', () => {
    const state = fold(decider, [established, left('2022-06-01'), joined('2024-01-01')]);
    expect(state.status === 'active' && state.participants['org-sof']).toEqual([
      { from: '2021-01-01', to: '2022-06-01' },
      { from: '2024-01-01', to: null },
    ]);
  });

  it('rejoins after leaving, and leaves the new period', () => {
    given(decider, [established, left('2022-06-01')])
      .when(add('2024-01-01'))
      .then([joined('2024-01-01')]);
    given(decider, [established, left('2022-06-01'), joined('2024-01-01')])
      .when(leave('2025-03-01'))
      .then([left('2025-03-01')]);
  });

  it('refuses a second period that overlaps the first', () => {
    given(decider, [established, left('2022-06-01')])
      .when(add('2022-05-01'))
      .thenFails('MODEL.ALREADY_PARTICIPANT', 'conflict');
    // Joined again: the open period is the one that clashes.
    given(decider, [established, left('2022-06-01'), joined('2024-01-01')])
      .when(add('2024-06-01'))
      .thenFails('MODEL.ALREADY_PARTICIPANT', 'conflict');
    // Nor may it fill the gap, before the period it would have to end before.
    given(decider, [established, left('2022-06-01'), joined('2024-01-01')])
      .when(add('2023-01-01'))
      .thenFails('MODEL.ALREADY_PARTICIPANT', 'conflict');
  });

  it('rejoins from the last possible day of a leaving known to the year, not within it', () => {
    given(decider, [established, left('2022')])
      .when(add('2022-06'))
      .thenFails('MODEL.ALREADY_PARTICIPANT', 'conflict');
    given(decider, [established, left('2022')])
      .when(add('2023'))
      .then([joined('2023')]);
    given(decider, [established, left('2022')])
      .when(add('2022-12-31'))
      .then([joined('2022-12-31')]);
  });

  it('refuses to end a period that has ended, and checks a leaving against the open period', () => {
    const error = given(decider, [established, left('2022-06-01')])
      .when(leave('2023-01-01'))
      .thenFails('MODEL.NOT_A_PARTICIPANT', 'conflict');
    expect(error.details).toMatchObject({ organisationId: 'org-sof', left: '2022-06-01' });
    // The new period began in 2024: a leaving in 2023 is before it, though after the first began.
    given(decider, [established, left('2022-06-01'), joined('2024-01-01')])
      .when(leave('2023-06-01'))
      .thenFails('MODEL.LEFT_BEFORE_JOINED', 'invalid');
  });

  it('counts a participant that joined again among those remaining', () => {
    const other = (organisationId: string, on: string): ModelEvent => ({
      type: 'ParticipantLeft',
      data: { modelId: 'm-nynashamn', organisationId, on },
    });
    const history = [
      established,
      other('org-naf', '2022-01-01'),
      left('2022-06-01'),
      joined('2024-01-01'),
    ];
    given(decider, history)
      .when({
        type: 'WithdrawParticipant',
        data: { modelId: 'm-nynashamn', organisationId: 'org-buf', on: '2025-01-01' },
      })
      .then([other('org-buf', '2025-01-01')]);
    given(decider, [...history, other('org-buf', '2025-01-01')])
      .when(leave('2025-06-01'))
      .thenFails('MODEL.LAST_PARTICIPANT', 'conflict');
  });
});
