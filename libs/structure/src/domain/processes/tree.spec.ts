import { DomainError } from '@app/kernel';
import fc from 'fast-check';
import { fold } from '../shared/fold';
import { formed } from '../testing/group.fixtures';
import { groupDecider } from '../group/group.decider';
import type { GroupState } from '../group/group.state';
import { ancestorsIn, factsIn } from './tree';

const ids = ['g-0', 'g-1', 'g-2', 'g-3', 'g-4', 'g-5'];
const day = (offset: number): string =>
  new Date(Date.UTC(2022, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/** Follows parents from `id`; true when it comes back to a group it has seen. */
function loops(groups: ReadonlyMap<string, GroupState>, id: string): boolean {
  const seen = new Set<string>();
  for (let current: string | null = id; current !== null;) {
    if (seen.has(current)) return true;
    seen.add(current);
    const state = groups.get(current);
    current = state && state.status !== 'none' ? state.parentId : null;
  }
  return false;
}

describe('the group tree', () => {
  it('walks ancestors from the parent to the root', () => {
    const groups = new Map<string, GroupState>([
      ['g-root', fold(groupDecider, [formed({ groupId: 'g-root' })])],
      ['g-mid', fold(groupDecider, [formed({ groupId: 'g-mid', parentId: 'g-root' })])],
      ['g-leaf', fold(groupDecider, [formed({ groupId: 'g-leaf', parentId: 'g-mid' })])],
    ]);
    expect(ancestorsIn(groups, 'g-leaf')).toEqual(['g-mid', 'g-root']);
    expect(factsIn(groups, 'g-leaf')).toMatchObject({
      groupId: 'g-leaf',
      ancestorIds: ['g-mid', 'g-root'],
    });
    expect(factsIn(groups, 'g-missing')).toBeNull();
  });

  it('never forms a cycle, whatever moves are asked for, when facts come from the recorded tree (property)', () => {
    let refusedAsCycles = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom(...ids), fc.option(fc.constantFrom(...ids), { nil: null })),
          {
            maxLength: 30,
          },
        ),
        (moves) => {
          const groups = new Map<string, GroupState>(
            ids.map((groupId) => [
              groupId,
              fold(groupDecider, [formed({ groupId, formedOn: day(0) })]),
            ]),
          );
          moves.forEach(([groupId, parentId], index) => {
            const state = groups.get(groupId)!;
            const command = {
              type: 'MoveGroup' as const,
              data: { groupId, parentId, parent: factsIn(groups, parentId), on: day(index + 1) },
            };
            try {
              groups.set(groupId, fold(groupDecider, groupDecider.decide(command, state), state));
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
              if (error.code === 'GROUP.CYCLE') refusedAsCycles++;
            }
            for (const id of ids) expect(loops(groups, id)).toBe(false);
          });
        },
      ),
      { numRuns: 300 },
    );
    expect(refusedAsCycles).toBeGreaterThan(0);
  });
});
