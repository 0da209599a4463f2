import type { DateAsGiven } from '../shared/guards';
import type { OrganisationFacts, PersonFacts } from '../shared/references';

export type EstablishPost = {
  type: 'EstablishPost';
  data: {
    postId: string;
    organisationId: string;
    /** Loaded from the organisation's stream; null: no such organisation. */
    organisation: OrganisationFacts | null;
    name: string;
    establishedOn: DateAsGiven;
  };
};

/** The person holds the post from `from` (the previous holder, if any, leaves that day). */
export type AppointPostHolder = {
  type: 'AppointPostHolder';
  data: {
    postId: string;
    personId: string;
    /** Loaded from the person's stream; null: no such person. */
    person: PersonFacts | null;
    from: DateAsGiven;
  };
};

/** Whoever holds the post on `on` leaves it that day; from then on no holder is known. */
export type PostHolderLeaves = {
  type: 'PostHolderLeaves';
  data: { postId: string; on: DateAsGiven };
};

/** A seat in a group held by the post, as the group's own stream has it (`to`: its end, if any). */
export interface PostSeat {
  groupId: string;
  membershipId: string;
  to: DateAsGiven | null;
}

export type AbolishPost = {
  type: 'AbolishPost';
  data: {
    postId: string;
    on: DateAsGiven;
    /** Loaded by the handler: every seat the post holds or has held, in any group. */
    seats: readonly PostSeat[];
  };
};

/** The post is called `name` from `on` (a reorganisation renames offices, not only bodies). */
export type RenamePost = {
  type: 'RenamePost';
  data: { postId: string; name: string; on: DateAsGiven };
};

/**
 * A group gives the post a seat: the post's own stream records it too, so that an abolition,
 * which must see every seat the post holds, conflicts with a seat being added at the same time.
 */
export type TakePostSeat = {
  type: 'TakePostSeat';
  data: { postId: string; groupId: string; membershipId: string; from: DateAsGiven };
};

export type PostCommand =
  EstablishPost | AppointPostHolder | PostHolderLeaves | AbolishPost | RenamePost | TakePostSeat;
