import type { DateAsGiven } from '../shared/guards';

/** A named office in an organisation (förvaltningschef, skolchef, rektor): Popolo's Post. */
export type PostEstablished = {
  type: 'PostEstablished';
  data: { postId: string; organisationId: string; name: string; establishedOn: DateAsGiven };
};

/**
 * Who holds the post from `on`, until the next change: a person, or nobody known (null) — the
 * holder left, or the source does not name the next one. One event for both, so that the holder
 * over time is a step function the reads look up by date, whatever order the steps arrive in.
 */
export type PostHolderChanged = {
  type: 'PostHolderChanged';
  data: { postId: string; personId: string | null; on: DateAsGiven };
};

/** The post ends; whoever held it holds it no longer. */
export type PostAbolished = {
  type: 'PostAbolished';
  data: { postId: string; on: DateAsGiven };
};

/** The post's name from `on`; the name before holds until then. */
export type PostRenamed = {
  type: 'PostRenamed';
  data: { postId: string; name: string; on: DateAsGiven };
};

/**
 * The post's own roster of seats: a seat in `groupId` from `from` (its end is the group's
 * business). An abolition reads every seat the post holds from here, not from a read model that
 * may lag, and a seat being added races with it on this stream.
 */
export type PostSeatTaken = {
  type: 'PostSeatTaken';
  data: { postId: string; groupId: string; membershipId: string; from: DateAsGiven };
};

export type PostEvent =
  PostEstablished | PostHolderChanged | PostAbolished | PostRenamed | PostSeatTaken;

export const postStream = (postId: string): string => `post-${postId}`;

export function validFromOfPostEvent(event: PostEvent): DateAsGiven {
  switch (event.type) {
    case 'PostEstablished':
      return event.data.establishedOn;
    case 'PostHolderChanged':
    case 'PostAbolished':
    case 'PostRenamed':
      return event.data.on;
    case 'PostSeatTaken':
      return event.data.from;
    default: {
      const _never: never = event;
      return _never;
    }
  }
}

export const POST_EVENT_VERSIONS: Record<PostEvent['type'], number> = {
  PostEstablished: 1,
  PostHolderChanged: 1,
  PostAbolished: 1,
  PostRenamed: 1,
  PostSeatTaken: 1,
};
