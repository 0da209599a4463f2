import { failureOf, given } from '@app/testing';
import { groupDecider } from '../group/group.decider';
import type { GroupEvent } from '../group/group.events';
import { modelDecider } from '../model/model.decider';
import { fold } from '../shared/fold';
import { formed } from '../testing/group.fixtures';
import { attached, nynashamnsmodellen } from '../testing/model.fixtures';
import { decideFormation, decideJoin, decideLeave } from './roster';

/** A network that exists before the model names it, formed outside any model. */
const network = formed({ groupId: 'g-network', modelId: null, kind: 'network', name: 'Nätverket' });
const joined: GroupEvent = {
  type: 'GroupJoinedModel',
  data: { groupId: 'g-network', modelId: 'm-nynashamn', on: '2022-01-01' },
};
const join = (on: string, modelId = 'm-nynashamn') =>
  ({ type: 'JoinModel', data: { groupId: 'g-network', modelId, on } }) as const;
const leave = (on: string) => ({ type: 'LeaveModel', data: { groupId: 'g-network', on } }) as const;

describe('a group outside and before a model', () => {
  const model = fold(modelDecider, [nynashamnsmodellen]);

  it('is formed with no model and on no roster', () => {
    const decided = decideFormation(
      { type: 'FormGroup', data: { ...network.data, modelId: undefined } },
      groupDecider.initialState,
      modelDecider.initialState,
    );
    expect(decided).toEqual({ model: [], group: [network] });
  });

  it('has no parent while outside a model', () => {
    given(groupDecider, [])
      .when({ type: 'FormGroup', data: { ...network.data, parentId: 'g-steering' } })
      .thenFails('GROUP.NOT_IN_A_MODEL');
  });

  it('joins a model on a date: its stream and the model roster say so', () => {
    const decided = decideJoin(join('2022-01-01'), fold(groupDecider, [network]), model);
    expect(decided.group).toEqual([joined]);
    expect(decided.model).toEqual([attached('g-network', '2022-01-01')]);
  });

  it('is never in two models at once', () => {
    given(groupDecider, [network, joined])
      .when(join('2023-01-01', 'm-other'))
      .thenFails('GROUP.ALREADY_IN_A_MODEL');
  });

  it('joins neither before it was formed nor after it was dissolved', () => {
    given(groupDecider, [network]).when(join('2020-06-01')).thenFails('GROUP.BEFORE_FORMED');
    const dissolved: GroupEvent = {
      type: 'GroupDissolved',
      data: { groupId: 'g-network', on: '2021-06-01', cause: 'decision' },
    };
    given(groupDecider, [network, dissolved]).when(join('2022-01-01')).thenFails('GROUP.DISSOLVED');
  });

  it('joins only a model in force, and not before it was established', () => {
    const retired = fold(modelDecider, [
      nynashamnsmodellen,
      { type: 'ModelRetired', data: { modelId: 'm-nynashamn', on: '2021-06-01' } },
    ]);
    const group = fold(groupDecider, [network]);
    expect(failureOf(() => decideJoin(join('2022-01-01'), group, retired)).code).toMatch(
      /^MODEL\./,
    );
    const early = fold(groupDecider, [formed({ ...network.data, formedOn: '2019-01-01' })]);
    expect(failureOf(() => decideJoin(join('2020-01-01'), early, model)).code).toBe(
      'MODEL.BEFORE_ESTABLISHMENT',
    );
  });

  it('leaves its model after it joined, and leaves the roster with it', () => {
    const inModel = fold(modelDecider, [attached('g-network', '2022-01-01')], model);
    const group = fold(groupDecider, [network, joined]);
    const decided = decideLeave(
      leave('2024-01-01'),
      group,
      inModel,
      new Map([['g-network', group]]),
    );
    expect(decided.group).toEqual([
      {
        type: 'GroupLeftModel',
        data: { groupId: 'g-network', modelId: 'm-nynashamn', on: '2024-01-01' },
      },
    ]);
    expect(decided.model).toEqual([
      {
        type: 'GroupDetached',
        data: { modelId: 'm-nynashamn', groupId: 'g-network', on: '2024-01-01', cause: 'left' },
      },
    ]);
    given(groupDecider, [network, joined])
      .when(leave('2022-01-01'))
      .thenFails('GROUP.CHANGE_OUT_OF_ORDER');
  });

  it('cannot leave a model it is not in', () => {
    given(groupDecider, [network]).when(leave('2024-01-01')).thenFails('GROUP.NOT_IN_A_MODEL');
  });
});
