import { given } from '@app/testing';
import {
  addMember as add,
  added,
  changeRole,
  endMembership as end,
  membershipEnded as ended,
  steering,
} from '../testing/group.fixtures';
import { groupDecider as decider } from './group.decider';
import type { MemberRole } from './group.events';

describe('group memberships', () => {
  describe('AddMember', () => {
    it('adds a member with a role from a date', () => {
      given(decider, [steering])
        .when(add('m1', 'chair', '2021-02-01'))
        .then([added('m1', 'chair', '2021-02-01')]);
    });

    it('records a seat that has already ended as its start and its end', () => {
      given(decider, [steering])
        .when(add('m1', 'member', '2021-02-01', { to: '2022-02-01' }))
        .then([added('m1', 'member', '2021-02-01'), ended('m1', '2022-02-01')]);
    });

    it('refuses a membership id twice, a start before the group, and an unknown role', () => {
      given(decider, [steering, added('m1', 'member', '2021-02-01')])
        .when(add('m1', 'member', '2021-03-01', { personId: 'p-other' }))
        .thenFails('GROUP.MEMBERSHIP_EXISTS', 'conflict');
      given(decider, [steering])
        .when(add('m1', 'member', '2020-12-31'))
        .thenFails('GROUP.MEMBER_BEFORE_FORMED', 'invalid');
      given(decider, [steering])
        .when(add('m1', 'boss' as MemberRole, '2021-02-01'))
        .thenFails('GROUP.INVALID_ROLE');
    });

    it('refuses a seat that ends the day it starts, or before', () => {
      given(decider, [steering])
        .when(add('m1', 'member', '2021-02-01', { to: '2021-02-01' }))
        .thenFails('GROUP.MEMBERSHIP_END_NOT_AFTER_START', 'invalid');
      given(decider, [steering])
        .when(add('m1', 'member', '2021-02-01', { to: '2021-01-31' }))
        .thenFails('GROUP.MEMBERSHIP_END_NOT_AFTER_START');
    });

    it('refuses a second seat for the same person at the same time, but not after the first ended', () => {
      const first = added('m1', 'member', '2021-02-01', { personId: 'p-kalback' });
      given(decider, [steering, first])
        .when(add('m2', 'deputy', '2022-01-01', { personId: 'p-kalback' }))
        .thenFails('GROUP.ALREADY_MEMBER', 'conflict');
      expect(
        given(decider, [steering, first, ended('m1', '2022-01-01')])
          .when(add('m2', 'deputy', '2022-01-01', { personId: 'p-kalback' }))
          .events(),
      ).toHaveLength(1);
    });
  });

  describe('ChangeMemberRole', () => {
    const member = added('m1', 'member', '2021-02-01');

    it('changes a role from a date', () => {
      given(decider, [steering, member])
        .when(changeRole('m1', 'secretary', '2022-01-01'))
        .then([
          {
            type: 'MemberRoleChanged',
            data: {
              groupId: 'g-steering',
              membershipId: 'm1',
              role: 'secretary',
              on: '2022-01-01',
            },
          },
        ]);
    });

    it('refuses an unknown membership, the same role, and a date not after the current role', () => {
      given(decider, [steering])
        .when(changeRole('m9', 'chair', '2022-01-01'))
        .thenFails('GROUP.MEMBERSHIP_NOT_FOUND', 'not-found');
      given(decider, [steering, member])
        .when(changeRole('m1', 'member', '2022-01-01'))
        .thenFails('GROUP.ROLE_UNCHANGED', 'invalid');
      given(decider, [steering, member])
        .when(changeRole('m1', 'deputy', '2021-02-01'))
        .thenFails('GROUP.CHANGE_OUT_OF_ORDER', 'invalid');
    });

    it('refuses a change on or after the membership ended', () => {
      given(decider, [steering, member, ended('m1', '2022-01-01')])
        .when(changeRole('m1', 'deputy', '2022-01-01'))
        .thenFails('GROUP.MEMBERSHIP_ENDED', 'conflict');
      expect(
        given(decider, [steering, member, ended('m1', '2022-01-01')])
          .when(changeRole('m1', 'deputy', '2021-12-31'))
          .events(),
      ).toHaveLength(1);
    });
  });

  describe('EndMembership', () => {
    const member = added('m1', 'member', '2021-02-01');

    it('ends a membership on a date', () => {
      given(decider, [steering, member])
        .when(end('m1', '2023-06-30'))
        .then([ended('m1', '2023-06-30')]);
    });

    it('refuses to end a membership the day it starts, or before', () => {
      given(decider, [steering, member])
        .when(end('m1', '2021-02-01'))
        .thenFails('GROUP.MEMBERSHIP_END_NOT_AFTER_START', 'invalid');
      given(decider, [steering, member])
        .when(end('m1', '2020-02-01'))
        .thenFails('GROUP.MEMBERSHIP_END_NOT_AFTER_START');
    });

    it('refuses to end a membership twice, or before its last role change', () => {
      given(decider, [steering, member, ended('m1', '2022-01-01')])
        .when(end('m1', '2023-01-01'))
        .thenFails('GROUP.MEMBERSHIP_ENDED', 'conflict');
      const promoted = {
        type: 'MemberRoleChanged',
        data: { groupId: 'g-steering', membershipId: 'm1', role: 'vice-chair', on: '2022-06-01' },
      } as const;
      given(decider, [steering, member, promoted])
        .when(end('m1', '2022-06-01'))
        .thenFails('GROUP.CHANGE_OUT_OF_ORDER');
    });

    it('refuses an unknown membership and memberships of a dissolved group', () => {
      given(decider, [steering])
        .when(end('m1', '2022-01-01'))
        .thenFails('GROUP.MEMBERSHIP_NOT_FOUND', 'not-found');
      const dissolved = {
        type: 'GroupDissolved',
        data: { groupId: 'g-steering', on: '2023-01-01', cause: 'decision' },
      } as const;
      given(decider, [steering, member, dissolved])
        .when(end('m1', '2022-06-01'))
        .thenFails('GROUP.DISSOLVED', 'conflict');
      given(decider, [steering, dissolved])
        .when(add('m2', 'member', '2022-06-01'))
        .thenFails('GROUP.DISSOLVED', 'conflict');
    });
  });
});
