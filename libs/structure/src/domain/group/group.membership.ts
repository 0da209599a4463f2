import { DomainError } from '@app/kernel';
import {
  certainlyBefore,
  certainlyNotAfter,
  notPlacedAfter,
  outOfOrder,
  overlaps,
  placedBefore,
  requireDateAsGiven,
  requireId,
  requireOneOf,
  type IsoDate,
  type Period,
} from '../shared/guards';
import { requireActiveOrganisation, requirePerson } from '../shared/references';
import { periodsHeldBy, type PostFacts } from '../post/post.state';
import type { AddMember, MembershipCommand } from './group.commands';
import { MEMBER_ROLES, type GroupEvent, type MembershipEnded } from './group.events';
import { assertOneChair } from './group.chair';
import type { ActiveGroup } from './group.rules';
import {
  currentRole,
  evolveGroup,
  type Group,
  type GroupState,
  type Membership,
} from './group.state';

const P = 'GROUP';

export function decideMembership(command: MembershipCommand, group: ActiveGroup): GroupEvent[] {
  const groupId = group.groupId;
  const membershipId = requireId(P, 'membershipId', command.data.membershipId);
  let decided: GroupEvent[];
  switch (command.type) {
    case 'AddMember': {
      const data = command.data;
      if (group.memberships.has(membershipId)) {
        throw new DomainError(
          `${P}.MEMBERSHIP_EXISTS`,
          'The membership is already recorded',
          'conflict',
          { membershipId },
        );
      }
      const holder = seatHolder(data);
      const role = requireOneOf(P, 'role', MEMBER_ROLES, data.role);
      const from = requireDateAsGiven(P, 'from', data.from);
      if (placedBefore(from, group.formedOn)) {
        throw new DomainError(
          `${P}.MEMBER_BEFORE_FORMED`,
          `The group was formed on ${group.formedOn}`,
          'invalid',
          {
            formedOn: group.formedOn,
          },
        );
      }
      // A seat is held by a registered person or an established post, for an organisation that
      // exists on its first day.
      if (holder.personId !== null) requirePerson(P, holder.personId, data.person ?? null);
      if (holder.postId !== null) requireActivePost(holder.postId, data.post, from);
      const organisationId = requireId(
        P,
        'organisationId',
        data.organisationId ?? data.post?.organisationId,
      );
      requireActiveOrganisation(P, 'ORGANISATION', organisationId, data.organisation, from);
      const to =
        data.to === undefined || data.to === null
          ? null
          : endAfterStart(from, requireDateAsGiven(P, 'to', data.to));
      if (holder.postId !== null) endsWithPost(holder.postId, data.post, to);
      const seat = [...group.memberships.values()].find(
        (other) =>
          ((holder.personId !== null && other.personId === holder.personId) ||
            (holder.postId !== null && other.postId === holder.postId)) &&
          overlaps(other, { from, to }),
      );
      const twice = sitsTwice(group, holder, { from, to }, data.post, data.seatedPosts ?? []);
      if (twice) {
        throw new DomainError(
          `${P}.SITS_THROUGH_POST`,
          'The person would sit in the group twice at once: in a seat of their own and in the seat of a post they hold',
          'conflict',
          twice,
        );
      }
      if (seat) {
        throw new DomainError(
          `${P}.ALREADY_MEMBER`,
          'The person or post already holds a seat in the group then',
          'conflict',
          {
            membershipId: seat.membershipId,
            from: seat.from,
            to: seat.to,
          },
        );
      }
      decided = [
        {
          type: 'MemberAdded',
          data: {
            groupId,
            membershipId,
            personId: holder.personId,
            // Only a post's seat names one: a person's seat keeps the shape it always had.
            ...(holder.postId === null ? {} : { postId: holder.postId }),
            organisationId,
            role,
            from,
          },
        },
      ];
      if (to !== null) decided.push(ended(groupId, membershipId, to, 'ended'));
      break;
    }
    case 'ChangeMemberRole': {
      const membership = existing(group, membershipId);
      const role = requireOneOf(P, 'role', MEMBER_ROLES, command.data.role);
      const on = requireDateAsGiven(P, 'on', command.data.on);
      if (membership.to !== null && certainlyNotAfter(membership.to, on)) {
        throw new DomainError(
          `${P}.MEMBERSHIP_ENDED`,
          `The membership ended on ${membership.to}`,
          'conflict',
          { to: membership.to },
        );
      }
      const current = currentRole(membership);
      if (notPlacedAfter(on, current.from)) outOfOrder(P, on, current.from);
      if (role === current.role) {
        throw new DomainError(`${P}.ROLE_UNCHANGED`, `The member is already ${role}`, 'invalid', {
          role,
        });
      }
      decided = [{ type: 'MemberRoleChanged', data: { groupId, membershipId, role, on } }];
      break;
    }
    case 'EndMembership': {
      const membership = existing(group, membershipId);
      if (membership.to !== null) {
        throw new DomainError(
          `${P}.MEMBERSHIP_ENDED`,
          `The membership ended on ${membership.to}`,
          'conflict',
          { to: membership.to },
        );
      }
      const to = endAfterStart(membership.from, requireDateAsGiven(P, 'to', command.data.to));
      const current = currentRole(membership);
      if (certainlyNotAfter(to, current.from)) outOfOrder(P, to, current.from);
      decided = [ended(groupId, membershipId, to, 'ended')];
      break;
    }
    default: {
      const _never: never = command;
      return _never;
    }
  }
  // Checked on the state the events would lead to, so that every path to a second chair —
  // a new seat, a role change, a seat recorded late — meets the same rule.
  assertOneChair(decided.reduce<GroupState>(evolveGroup, group));
  return decided;
}

export function ended(
  groupId: string,
  membershipId: string,
  to: IsoDate,
  cause: MembershipEnded['data']['cause'],
): MembershipEnded {
  return { type: 'MembershipEnded', data: { groupId, membershipId, to, cause } };
}

/**
 * The memberships a group's end cuts short, ended on the day the group ends: those that would
 * certainly outlast it (a seat ending "2021" keeps its end when the group ends on 2021-06-01,
 * rather than be given a day the source does not know).
 */
export function endedWithGroup(
  group: Group,
  on: IsoDate,
  cause: 'group-dissolved' | 'group-merged',
): MembershipEnded[] {
  return [...group.memberships.values()]
    .filter((membership) => membership.to === null || certainlyBefore(on, membership.to))
    .map((membership) => ended(group.groupId, membership.membershipId, on, cause));
}

function existing(group: Group, membershipId: string): Membership {
  const membership = group.memberships.get(membershipId);
  if (!membership) {
    throw new DomainError(
      `${P}.MEMBERSHIP_NOT_FOUND`,
      'No such membership in the group',
      'not-found',
      { membershipId },
    );
  }
  return membership;
}

/** Refused only when certainly not after the start: a seat "2020" may end "2020". */
function endAfterStart(from: IsoDate, to: IsoDate): IsoDate {
  if (certainlyNotAfter(to, from)) {
    throw new DomainError(
      `${P}.MEMBERSHIP_END_NOT_AFTER_START`,
      `A membership ends after it starts (${from})`,
      'invalid',
      {
        from,
        to,
      },
    );
  }
  return to;
}

/** A person or a post holds the seat, or neither (the organisation's seat, nobody named); never both. */
function seatHolder(data: AddMember['data']): { personId: string | null; postId: string | null } {
  const personId = data.personId == null ? null : requireId(P, 'personId', data.personId);
  const postId = data.postId == null ? null : requireId(P, 'postId', data.postId);
  if (personId !== null && postId !== null) {
    throw new DomainError(
      `${P}.SEAT_HOLDER_TWICE`,
      'A seat is held by a person or by a post, not both',
      'invalid',
      { personId, postId },
    );
  }
  return { personId, postId };
}

/**
 * A person sits in a group once: their own seat and the seat of a post they hold would seat
 * them twice (two votes, two places on the roster). Found when both are known as the seat is
 * added — from either side; three periods that overlap pairwise share a day.
 */
function sitsTwice(
  group: ActiveGroup,
  holder: { personId: string | null; postId: string | null },
  seat: Period,
  post: PostFacts | null | undefined,
  seatedPosts: readonly PostFacts[],
): { membershipId: string; postId: string; personId: string } | null {
  for (const other of group.memberships.values()) {
    if (!overlaps(other, seat)) continue;
    const [personId, postFacts] =
      holder.personId !== null && other.postId !== null
        ? [holder.personId, seatedPosts.find((each) => each.postId === other.postId)]
        : holder.postId !== null && other.personId !== null
          ? [other.personId, post]
          : [null, undefined];
    if (personId === null || !postFacts) continue;
    const held = periodsHeldBy(postFacts, personId).some(
      (period) => overlaps(period, seat) && overlaps(period, other),
    );
    if (held) return { membershipId: other.membershipId, postId: postFacts.postId, personId };
  }
  return null;
}

/** A post's seat ends by the day the post is abolished: after it, the seat has no one to hold it. */
function endsWithPost(postId: string, facts: PostFacts | null | undefined, to: IsoDate | null) {
  const abolishedOn = facts?.abolishedOn ?? null;
  if (abolishedOn === null) return;
  if (to === null || certainlyBefore(abolishedOn, to)) {
    throw new DomainError(
      `${P}.SEAT_OUTLIVES_POST`,
      `The post is abolished on ${abolishedOn}: its seat must end by then`,
      'conflict',
      { postId, abolishedOn, to },
    );
  }
}

/** The post must be established by the seat's first day and not abolished by then. */
function requireActivePost(
  postId: string,
  facts: PostFacts | null | undefined,
  from: IsoDate,
): void {
  if (!facts || facts.postId !== postId) {
    throw new DomainError(`${P}.POST_NOT_FOUND`, 'No such post', 'invalid', { postId });
  }
  // Refused only when certainly outside its life, as for organisations (a seat from "2021").
  if (
    certainlyBefore(from, facts.establishedOn) ||
    (facts.abolishedOn !== null && certainlyNotAfter(facts.abolishedOn, from))
  ) {
    throw new DomainError(`${P}.POST_NOT_ACTIVE`, `The post does not exist on ${from}`, 'invalid', {
      postId,
      from,
      establishedOn: facts.establishedOn,
      abolishedOn: facts.abolishedOn,
    });
  }
}
