/** The seed scenario: see testing/nynashamn.fixtures.ts for the facts and where they come from. */
import { fold } from '../shared/fold';
import { failureOf } from '@app/testing';
import {
  EFFECTIVE,
  NEW,
  OLD,
  nynashamn2024,
  person,
  rosterOf,
  seatsOf,
  type World,
} from '../testing/nynashamn.fixtures';
import { groupDecider } from '../group/group.decider';
import { modelDecider } from '../model/model.decider';
import { decideReplacement } from './replacement';
import { decideFormation } from './roster';

describe('the 2024 replacement of Nynäshamnsmodellen (seed scenario)', () => {
  const replace = (world: World) =>
    decideReplacement(
      {
        modelId: OLD,
        successor: { kind: 'existing', modelId: NEW },
        effectiveOn: EFFECTIVE,
        groups: [
          { groupId: 'g-steering', action: 'dissolve' },
          { groupId: 'g-coordination', action: 'dissolve' },
          { groupId: 'g-analysis', action: 'dissolve' },
          { groupId: 'g-preschool', action: 'transfer', parentId: 'g-tactical' },
          { groupId: 'g-school', action: 'transfer', parentId: 'g-tactical' },
          { groupId: 'g-violence', action: 'transfer', parentId: 'g-tactical' },
        ],
      },
      { model: world.models.get(OLD)!, successor: world.models.get(NEW)!, groups: world.groups },
    );

  it('has the old structure in place before the replacement', () => {
    const world = nynashamn2024();
    expect(rosterOf(world.models.get(OLD)!)).toEqual([
      'g-steering',
      'g-coordination',
      'g-preschool',
      'g-school',
      'g-violence',
      'g-analysis',
    ]);
    expect(world.groups.get('g-violence')).toMatchObject({
      parentId: 'g-coordination',
      cadence: null,
      status: 'active',
    });
  });

  it('decides every stream of the replacement at once', () => {
    const decision = replace(nynashamn2024());
    expect(decision.model).toEqual([
      {
        type: 'ModelReplaced',
        data: {
          modelId: OLD,
          successorId: NEW,
          effectiveOn: EFFECTIVE,
          groups: [
            { groupId: 'g-steering', action: 'dissolve' },
            { groupId: 'g-coordination', action: 'dissolve' },
            { groupId: 'g-analysis', action: 'dissolve' },
            { groupId: 'g-preschool', action: 'transfer', parentId: 'g-tactical' },
            { groupId: 'g-school', action: 'transfer', parentId: 'g-tactical' },
            { groupId: 'g-violence', action: 'transfer', parentId: 'g-tactical' },
          ],
        },
      },
    ]);
    expect(decision.successor.map((event) => event.data)).toEqual(
      ['g-preschool', 'g-school', 'g-violence'].map((groupId) => ({
        modelId: NEW,
        groupId,
        on: EFFECTIVE,
        fromModelId: OLD,
      })),
    );
    expect(decision.groups.get('g-steering')).toEqual([
      {
        type: 'GroupDissolved',
        data: { groupId: 'g-steering', on: EFFECTIVE, cause: 'model-replaced' },
      },
    ]);
    expect(decision.groups.get('g-school')).toEqual([
      {
        type: 'GroupTransferred',
        data: {
          groupId: 'g-school',
          fromModelId: OLD,
          toModelId: NEW,
          parentId: 'g-tactical',
          on: EFFECTIVE,
        },
      },
    ]);
    expect([...decision.groups.keys()].sort()).toEqual([
      'g-analysis',
      'g-coordination',
      'g-preschool',
      'g-school',
      'g-steering',
      'g-violence',
    ]);
  });

  it('leaves the new structure: a strategic steering group chaired by Patrik Forshage, and nothing in the old model', () => {
    const world = nynashamn2024();
    const decision = replace(world);
    const old = fold(modelDecider, decision.model, world.models.get(OLD)!);
    const successor = fold(modelDecider, decision.successor, world.models.get(NEW)!);
    expect(old).toMatchObject({ status: 'replaced', successorId: NEW, groups: {} });
    expect(rosterOf(successor).sort()).toEqual([
      'g-preschool',
      'g-school',
      'g-strategic',
      'g-tactical',
      'g-violence',
    ]);

    const strategic = world.groups.get('g-strategic')!;
    expect(seatsOf(strategic)).toEqual([
      [person.olsson, 'org-buf', 'member'],
      [person.kalback, 'org-naf', 'member'],
      [person.landberg, 'org-sof', 'member'],
      [person.forshage, 'org-0192', 'chair'],
    ]);
    // One chair at a time: a head of administration cannot chair beside him.
    const second = failureOf(() =>
      groupDecider.decide(
        {
          type: 'ChangeMemberRole',
          data: {
            groupId: 'g-strategic',
            membershipId: 'ms-landberg',
            role: 'chair',
            on: '2025-02-01',
          },
        },
        strategic,
      ),
    );
    expect(second.code).toBe('GROUP.CHAIR_OVERLAP');
  });

  it('leaves nothing hanging: a plan that forgets the analysis group is refused, and so is a new group in the old model', () => {
    const world = nynashamn2024();
    const forgetful = failureOf(() =>
      decideReplacement(
        {
          modelId: OLD,
          successor: { kind: 'existing', modelId: NEW },
          effectiveOn: EFFECTIVE,
          groups: ['g-steering', 'g-coordination', 'g-preschool', 'g-school', 'g-violence'].map(
            (groupId) => ({ groupId, action: 'dissolve' as const }),
          ),
        },
        { model: world.models.get(OLD)!, successor: world.models.get(NEW)!, groups: world.groups },
      ),
    );
    expect(forgetful).toMatchObject({
      code: 'MODEL.REPLACEMENT_MISSING_GROUP',
      details: { groupIds: ['g-analysis'] },
    });

    const old = fold(modelDecider, replace(world).model, world.models.get(OLD)!);
    const late = failureOf(() =>
      decideFormation(
        {
          type: 'FormGroup',
          data: {
            groupId: 'g-late',
            modelId: OLD,
            kind: 'working',
            name: 'Sen grupp',
            records: 'notes',
            formedOn: '2025-02-01',
          },
        },
        groupDecider.initialState,
        old,
      ),
    );
    expect(late.code).toBe('MODEL.REPLACED');
  });
});
