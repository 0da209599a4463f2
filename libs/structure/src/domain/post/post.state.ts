import { earliestDay, latestDay } from '@app/kernel';
import type { DateAsGiven, IsoDate, Period } from '../shared/guards';
import type { PostEvent } from './post.events';

/**
 * One step of the holder function: from `from` (as the source gives it) until the next step,
 * `personId` (null: unknown).
 */
export interface HolderStep {
  from: DateAsGiven;
  personId: string | null;
}

/**
 * The day a step takes effect in the holder function, as for seats: a holder known to the year
 * or month holds from its first possible day; a leaving with nobody after ("left 2024") is an end,
 * so the one who left may still hold the post until its last possible day.
 */
export function placedOn(step: HolderStep): IsoDate {
  return step.personId === null ? latestDay(step.from) : earliestDay(step.from);
}

const byPlacement = (a: HolderStep, b: HolderStep) => {
  const [x, y] = [placedOn(a), placedOn(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

export interface Post {
  postId: string;
  organisationId: string;
  name: string;
  establishedOn: DateAsGiven;
  /** When the current name took effect: a rename must come after it. */
  namedOn: DateAsGiven;
  /** In placement order (placedOn), whatever order they were recorded in (old holders are often imported late). */
  holders: readonly HolderStep[];
  /** Every seat a group has given the post, whatever became of it since: the post's roster. */
  seats: readonly { groupId: string; membershipId: string }[];
}

export type PostState =
  | { status: 'none' }
  | ({ status: 'established' } & Post)
  | ({ status: 'abolished'; abolishedOn: DateAsGiven } & Post);

export function evolvePost(state: PostState, event: PostEvent): PostState {
  if (event.type === 'PostEstablished') {
    return {
      status: 'established',
      ...event.data,
      namedOn: event.data.establishedOn,
      holders: [],
      seats: [],
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'PostHolderChanged': {
      const step = { from: event.data.on, personId: event.data.personId };
      const holders = [...state.holders.filter((held) => held.from !== step.from), step].sort(
        byPlacement,
      );
      return { ...state, holders };
    }
    case 'PostAbolished':
      return { ...state, status: 'abolished', abolishedOn: event.data.on };
    case 'PostRenamed':
      return { ...state, name: event.data.name, namedOn: event.data.on };
    case 'PostSeatTaken': {
      const { groupId, membershipId } = event.data;
      return { ...state, seats: [...state.seats, { groupId, membershipId }] };
    }
    default: {
      const _never: never = event;
      return _never;
    }
  }
}

/** Who holds the post on `on`: a person's id, or null when no holder is known then. */
export function holderOn(post: Post & { abolishedOn?: DateAsGiven }, on: IsoDate): string | null {
  return tenureOn(post, on)?.personId ?? null;
}

/** A holder's time in the post, as the source gives it: from `from` until `to` (null: still). */
export interface Tenure {
  personId: string;
  from: DateAsGiven;
  to: DateAsGiven | null;
}

/**
 * Who holds the post on `on` and for how long, as far as `post` knows: the step in force then
 * and the next step (or the abolition) that ends it. Null when no holder is known on `on`.
 */
export function tenureOn(post: Post & { abolishedOn?: DateAsGiven }, on: IsoDate): Tenure | null {
  // A post known to the year holds from its first possible day, an abolition from its last.
  if (
    on < earliestDay(post.establishedOn) ||
    (post.abolishedOn !== undefined && on >= latestDay(post.abolishedOn))
  ) {
    return null;
  }
  const index = post.holders.findLastIndex((step) => placedOn(step) <= on);
  const step = post.holders[index];
  if (step === undefined || step.personId === null) return null;
  const to = post.holders[index + 1]?.from ?? post.abolishedOn ?? null;
  return { personId: step.personId, from: step.from, to };
}

/** What a seat held by the post needs to know of it, loaded from the post's own stream. */
export interface PostFacts {
  postId: string;
  organisationId: string;
  establishedOn: DateAsGiven;
  abolishedOn: DateAsGiven | null;
  /** Who held it when: a person's own seat and the post's seat must not seat them twice. */
  holders: readonly HolderStep[];
}

/** The periods [from, to) in which the person held the post, within the post's life, as given. */
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
