import { DomainError } from '@app/kernel';
import { overlaps } from '../shared/guards';
import { periodsInRole, type GroupState } from './group.state';

const P = 'GROUP';

/** Periods are compared by date, so a chair recorded late is held to the same rule. */
export function assertOneChair(state: GroupState): void {
  if (state.status === 'none') return;
  const chairs = [...state.memberships.values()].flatMap((membership) =>
    periodsInRole(membership, 'chair').map((period) => ({
      membershipId: membership.membershipId,
      ...period,
    })),
  );
  for (const [index, chair] of chairs.entries()) {
    const clash = chairs
      .slice(index + 1)
      .find((other) => other.membershipId !== chair.membershipId && overlaps(chair, other));
    if (clash) {
      throw new DomainError(
        `${P}.CHAIR_OVERLAP`,
        'A group has at most one chair at a time',
        'conflict',
        {
          chairs: [chair, clash],
        },
      );
    }
  }
}
