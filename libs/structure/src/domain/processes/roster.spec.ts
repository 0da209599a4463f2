import { fold } from '../shared/fold';
import { failureOf } from '@app/testing';
import { formed } from '../testing/group.fixtures';
import { attached, nynashamnsmodellen } from '../testing/model.fixtures';
import { groupDecider } from '../group/group.decider';
import type { GroupState } from '../group/group.state';
import { modelDecider } from '../model/model.decider';
import { decideDissolution, decideFormation } from './roster';

describe('a group on its model roster', () => {
  const model = fold(modelDecider, [nynashamnsmodellen]);

  it('is attached when it is formed, on its formation day', () => {
    const { group, ...decided } = decideFormation(
      { type: 'FormGroup', data: formed().data },
      groupDecider.initialState,
      model,
    );
    expect(group).toEqual([formed()]);
    expect(decided.model).toEqual([attached('g-steering')]);
  });

  it('cannot be formed in a model before the model was established', () => {
    const early = { ...formed().data, formedOn: '2020-01-01' };
    expect(
      failureOf(() =>
        decideFormation({ type: 'FormGroup', data: early }, groupDecider.initialState, model),
      ).code,
    ).toBe('MODEL.BEFORE_ESTABLISHMENT');
  });

  it('cannot be formed below a parent that has left the roster, though its own stream is not ended yet', () => {
    // A dissolution writes the roster first: between its two appends the parent still looks active.
    const parent = fold(groupDecider, [formed()]);
    const child = {
      ...formed({ groupId: 'g-coordination', parentId: 'g-steering' }).data,
      parent: {
        groupId: 'g-steering',
        modelId: 'm-nynashamn',
        formedOn: '2021-01-01',
        dissolvedOn: null,
        ancestorIds: [],
      },
    };
    expect(parent.status).toBe('active');
    const error = failureOf(() =>
      decideFormation({ type: 'FormGroup', data: child }, groupDecider.initialState, model),
    );
    expect(error).toMatchObject({ code: 'GROUP.PARENT_DISSOLVED', kind: 'conflict' });
    const onRoster = fold(modelDecider, [nynashamnsmodellen, attached('g-steering')]);
    expect(
      decideFormation({ type: 'FormGroup', data: child }, groupDecider.initialState, onRoster)
        .group,
    ).toHaveLength(1);
  });

  it('is detached when it is dissolved, unless a group below it would be left hanging', () => {
    const child = formed({ groupId: 'g-coordination', parentId: 'g-steering' });
    const groups = new Map<string, GroupState>([
      ['g-steering', fold(groupDecider, [formed()])],
      ['g-coordination', fold(groupDecider, [child])],
    ]);
    const withBoth = fold(modelDecider, [
      nynashamnsmodellen,
      attached('g-steering'),
      attached('g-coordination'),
    ]);
    const dissolve = (groupId: string) => ({
      type: 'DissolveGroup' as const,
      data: { groupId, on: '2024-01-01' },
    });

    const error = failureOf(() =>
      decideDissolution(dissolve('g-steering'), groups.get('g-steering')!, withBoth, groups),
    );
    expect(error).toMatchObject({
      code: 'GROUP.HAS_CHILDREN',
      kind: 'conflict',
      details: { childIds: ['g-coordination'] },
    });

    const decided = decideDissolution(
      dissolve('g-coordination'),
      groups.get('g-coordination')!,
      withBoth,
      groups,
    );
    expect(decided.model).toEqual([
      {
        type: 'GroupDetached',
        data: {
          modelId: 'm-nynashamn',
          groupId: 'g-coordination',
          on: '2024-01-01',
          cause: 'dissolved',
        },
      },
    ]);
    expect(decided.group.map((event) => event.type)).toEqual(['GroupDissolved']);
  });
});
