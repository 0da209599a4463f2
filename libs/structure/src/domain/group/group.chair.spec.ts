import { DomainError } from '@app/kernel';
import fc from 'fast-check';
import { fold } from '../shared/fold';
import { given } from '@app/testing';
import {
  addMember as add,
  added,
  changeRole,
  endMembership as end,
  membershipEnded as ended,
  formed,
  steering,
} from '../testing/group.fixtures';
import type { GroupCommand } from './group.commands';
import { groupDecider as decider } from './group.decider';
import type { MemberRole } from './group.events';
import type { GroupState } from './group.state';

describe('one chair at a time', () => {
  const chair = added('m1', 'chair', '2021-02-01');

  it('refuses a second chair while the first holds the seat', () => {
    const error = given(decider, [steering, chair])
      .when(add('m2', 'chair', '2023-01-01'))
      .thenFails('GROUP.CHAIR_OVERLAP', 'conflict');
    expect(error.details).toMatchObject({
      chairs: [{ membershipId: 'm1' }, { membershipId: 'm2' }],
    });
  });

  it('lets the next chair start the day the previous one leaves', () => {
    expect(
      given(decider, [steering, chair, ended('m1', '2023-01-01')])
        .when(add('m2', 'chair', '2023-01-01'))
        .events(),
    ).toHaveLength(1);
    given(decider, [steering, chair, ended('m1', '2023-01-02')])
      .when(add('m2', 'chair', '2023-01-01'))
      .thenFails('GROUP.CHAIR_OVERLAP');
  });

  it('checks chairs recorded late against the present one, by date', () => {
    // An import of old minutes: a chair from before the present chair, who left in time ...
    expect(
      given(decider, [steering, added('m1', 'chair', '2022-01-01')])
        .when(add('m0', 'chair', '2021-01-01', { to: '2022-01-01' }))
        .events(),
    ).toHaveLength(2);
    // ... or who, by the record, was still chair when the present one started.
    given(decider, [steering, added('m1', 'chair', '2022-01-01')])
      .when(add('m0', 'chair', '2021-01-01', { to: '2022-01-02' }))
      .thenFails('GROUP.CHAIR_OVERLAP');
    // An open-ended chair recorded late overlaps every later chair.
    given(decider, [steering, added('m1', 'chair', '2022-01-01'), ended('m1', '2023-01-01')])
      .when(add('m0', 'chair', '2021-01-01'))
      .thenFails('GROUP.CHAIR_OVERLAP');
  });

  it('counts role changes: to chair while another chairs is refused, after the chair stepped down is not', () => {
    const member = added('m2', 'member', '2021-03-01');
    given(decider, [steering, chair, member])
      .when(changeRole('m2', 'chair', '2023-01-01'))
      .thenFails('GROUP.CHAIR_OVERLAP');
    const steppedDown = {
      type: 'MemberRoleChanged',
      data: { groupId: 'g-steering', membershipId: 'm1', role: 'member', on: '2023-01-01' },
    } as const;
    expect(
      given(decider, [steering, chair, member, steppedDown])
        .when(changeRole('m2', 'chair', '2023-01-01'))
        .events(),
    ).toHaveLength(1);
    given(decider, [steering, chair, member, steppedDown])
      .when(add('m3', 'chair', '2022-12-31', { to: '2023-01-02' }))
      .thenFails('GROUP.CHAIR_OVERLAP');
  });
});

describe('one chair at a time, for any history (property)', () => {
  const day = (offset: number): string =>
    new Date(Date.UTC(2021, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  const HORIZON = 150;

  /** Chairs on each day, counted day by day: an oracle that shares no code with the decider. */
  function chairsPerDay(state: GroupState): number[] {
    if (state.status === 'none') return [];
    return Array.from({ length: HORIZON }, (_, offset) => {
      const date = day(offset);
      return [...state.memberships.values()].filter((seat) => {
        if (date < seat.from || (seat.to !== null && date >= seat.to)) return false;
        const held = seat.roles.filter((role) => role.from <= date).at(-1);
        return held?.role === 'chair';
      }).length;
    });
  }

  const role = fc.constantFrom<MemberRole>('chair', 'chair', 'member', 'vice-chair');
  const offset = fc.integer({ min: -5, max: 120 });
  const membershipId = fc.constantFrom('m0', 'm1', 'm2', 'm3', 'm4', 'm5');
  const command: fc.Arbitrary<GroupCommand> = fc.oneof(
    fc
      .record({
        membershipId,
        person: fc.constantFrom('p0', 'p1', 'p2', 'p3'),
        role,
        from: offset,
        length: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      })
      .map(({ membershipId, person, role, from, length }) =>
        add(membershipId, role, day(from), {
          personId: person,
          to: length === undefined ? undefined : day(from + length),
        }),
      ),
    fc
      .tuple(membershipId, role, offset)
      .map(([id, newRole, on]) => changeRole(id, newRole, day(on))),
    fc.tuple(membershipId, offset).map(([id, to]) => end(id, day(to))),
  );

  /** Applies what the decider accepts; a refusal must be a DomainError and change nothing. */
  function run(commands: GroupCommand[]): { state: GroupState; accepted: number } {
    let state = fold(decider, [formed({ formedOn: day(0) })]);
    let accepted = 0;
    for (const next of commands) {
      try {
        state = fold(decider, decider.decide(next, state), state);
        accepted++;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
      }
    }
    return { state, accepted };
  }

  it('never yields two chairs on one day, and every seat ends after it starts', () => {
    let acceptedChairs = 0;
    fc.assert(
      fc.property(fc.array(command, { maxLength: 25 }), (commands) => {
        const { state } = run(commands);
        expect(Math.max(0, ...chairsPerDay(state))).toBeLessThanOrEqual(1);
        if (state.status === 'none') return;
        for (const seat of [...state.memberships.values()]) {
          if (seat.to !== null) expect(seat.to > seat.from).toBe(true);
          if (seat.roles.some((held) => held.role === 'chair')) acceptedChairs++;
        }
      }),
      { numRuns: 300 },
    );
    // The property above would hold for a decider that refused everything.
    expect(acceptedChairs).toBeGreaterThan(50);
  });

  it('refuses a new chair exactly when some day would have two', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.array(command, { maxLength: 20 }),
        fc.integer({ min: 0, max: 120 }),
        fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
        (commands, from, length) => {
          const { state } = run(commands);
          const candidate = add('m-new', 'chair', day(from), {
            personId: 'p-new',
            to: length === null ? null : day(from + length),
          });
          const clash = chairsPerDay(state).some(
            (count, offset) =>
              count > 0 && offset >= from && (length === null || offset < from + length),
          );
          let outcome = 'accepted';
          try {
            decider.decide(candidate, state);
          } catch (error) {
            outcome = (error as DomainError).code;
          }
          // Every period starts by day 120, so any overlap shows within the days counted.
          expect(outcome).toBe(clash ? 'GROUP.CHAIR_OVERLAP' : 'accepted');
          seen.add(outcome);
        },
      ),
      { numRuns: 300 },
    );
    expect([...seen].sort()).toEqual(['GROUP.CHAIR_OVERLAP', 'accepted']);
  });
});
