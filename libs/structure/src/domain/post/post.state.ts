import { earliestDay, latestDay } from '@app/kernel';
import type { IsoDate, Period } from '../shared/guards';
import type { PostEvent } from './post.events';

/** One step of the holder function: from `from` until the next step, `personId` (null: unknown). */
export interface HolderStep {
  from: IsoDate;
  personId: string | null;
}

export interface Post {
  postId: string;
  organisationId: string;
  name: string;
  establishedOn: IsoDate;
  /** When the current name took effect: a rename must come after it. */
  namedOn: IsoDate;
  /** In date order, whatever order they were recorded in (old holders are often imported late). */
  holders: readonly HolderStep[];
}

export type PostState =
  | { status: 'none' }
  | ({ status: 'established' } & Post)
  | ({ status: 'abolished'; abolishedOn: IsoDate } & Post);

export function evolvePost(state: PostState, event: PostEvent): PostState {
  if (event.type === 'PostEstablished') {
    return {
      status: 'established',
      ...event.data,
      namedOn: event.data.establishedOn,
      holders: [],
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'PostHolderChanged': {
      const step = { from: event.data.on, personId: event.data.personId };
      const holders = [...state.holders.filter((held) => held.from !== step.from), step].sort(
        (a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0),
      );
      return { ...state, holders };
    }
    case 'PostAbolished':
      return { ...state, status: 'abolished', abolishedOn: event.data.on };
    case 'PostRenamed':
      return { ...state, name: event.data.name, namedOn: event.data.on };
    default: {
      const _never: never = event;
      return _never;
    }
  }
}

/** Who holds the post on `on`: a person's id, or null when no holder is known then. */
export function holderOn(post: Post & { abolishedOn?: IsoDate }, on: IsoDate): string | null {
  // A post known to the year holds from its first possible day, an abolition from its last.
  if (
    on < earliestDay(post.establishedOn) ||
    (post.abolishedOn !== undefined && on >= latestDay(post.abolishedOn))
  ) {
    return null;
  }
  let holder: string | null = null;
  for (const step of post.holders) {
    if (step.from > on) break;
    holder = step.personId;
  }
  return holder;
}

/** What a seat held by the post needs to know of it, loaded from the post's own stream. */
export interface PostFacts {
  postId: string;
  organisationId: string;
  establishedOn: IsoDate;
  abolishedOn: IsoDate | null;
  /** Who held it when: a person's own seat and the post's seat must not seat them twice. */
  holders: readonly HolderStep[];
}

/** The periods [from, to) in which the person held the post, within the post's life. */
export function periodsHeldBy(post: PostFacts, personId: string): Period[] {
  return post.holders.flatMap((step, index) =>
    step.personId === personId
      ? [{ from: step.from, to: post.holders[index + 1]?.from ?? post.abolishedOn }]
      : [],
  );
}

export function postFactsOf(state: PostState): PostFacts | null {
  if (state.status === 'none') return null;
  return {
    postId: state.postId,
    organisationId: state.organisationId,
    establishedOn: state.establishedOn,
    abolishedOn: state.status === 'abolished' ? state.abolishedOn : null,
    holders: state.holders,
  };
}
