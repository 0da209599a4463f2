import { DomainError, type Decider } from '@app/kernel';
import {
  certainlyBefore,
  certainlyNotAfter,
  latest,
  notPlacedAfter,
  placedBefore,
  requireDateAsGiven,
  requireId,
  requireText,
  type DateAsGiven,
} from '../shared/guards';
import { requireActiveOrganisation, requirePerson } from '../shared/references';
import type { EstablishPost, PostCommand, TakePostSeat } from './post.commands';
import type { PostEvent } from './post.events';
import {
  evolvePost,
  holderOn,
  placedOn,
  type HolderStep,
  type Post,
  type PostState,
} from './post.state';

const P = 'POST';

export const postDecider: Decider<PostCommand, PostEvent, PostState> = {
  initialState: { status: 'none' },
  evolve: evolvePost,
  decide,
};

function decide(command: PostCommand, state: PostState): PostEvent[] {
  if (command.type === 'EstablishPost') return establish(command, state);
  if (state.status === 'none') {
    throw new DomainError(`${P}.NOT_FOUND`, 'No such post', 'not-found', {
      postId: command.data.postId,
    });
  }
  // A seat that ends by the abolition may be recorded late (the group's rules decide that).
  if (command.type === 'TakePostSeat') return takeSeat(command, state);
  if (state.status === 'abolished') {
    throw new DomainError(
      `${P}.ABOLISHED`,
      `The post was abolished on ${state.abolishedOn}`,
      'conflict',
      { abolishedOn: state.abolishedOn },
    );
  }
  const postId = state.postId;
  switch (command.type) {
    case 'AppointPostHolder': {
      const personId = requireId(P, 'personId', command.data.personId);
      const from = requireDateAsGiven(P, 'from', command.data.from);
      notBeforeEstablished(state, from);
      requirePerson(P, personId, command.data.person);
      const step = { from, personId };
      oneChangeADay(state, step);
      if (holderOn(state, placedOn(step)) === personId) {
        throw new DomainError(
          `${P}.HOLDER_UNCHANGED`,
          'The person already holds the post then',
          'invalid',
          { personId, from },
        );
      }
      return [{ type: 'PostHolderChanged', data: { postId, personId, on: from } }];
    }
    case 'PostHolderLeaves': {
      const on = requireDateAsGiven(P, 'on', command.data.on);
      notBeforeEstablished(state, on);
      const step = { from: on, personId: null };
      oneChangeADay(state, step);
      // A leaving is an end: "left 2024" asks who may hold the post until the year's last day.
      if (holderOn(state, placedOn(step)) === null) {
        throw new DomainError(
          `${P}.NO_HOLDER`,
          `Nobody is known to hold the post on ${on}`,
          'conflict',
          {
            on,
          },
        );
      }
      return [{ type: 'PostHolderChanged', data: { postId, personId: null, on } }];
    }
    case 'AbolishPost': {
      const on = requireDateAsGiven(P, 'on', command.data.on);
      // An end is refused only when certainly wrong (abolished "2024" after a change in March).
      if (certainlyBefore(on, state.establishedOn)) beforeEstablished(state);
      // Abolishing on the first day, or before a recorded change, would leave a change that never held.
      const last = latest(state.establishedOn, state.namedOn, state.holders.at(-1)?.from);
      if (certainlyNotAfter(on, last)) {
        throw new DomainError(
          `${P}.CHANGE_OUT_OF_ORDER`,
          `The change must fall after ${last}`,
          'invalid',
          { on, since: last },
        );
      }
      // A seat held by an office that no longer exists would have nobody to resolve to: the
      // seats end first, on or before the abolition (each group's own decision, with its date).
      const open = command.data.seats.filter(
        (seat) => seat.to === null || certainlyBefore(on, seat.to),
      );
      if (open.length > 0) {
        throw new DomainError(
          `${P}.HOLDS_SEATS`,
          `The post holds ${open.length} seat(s) beyond ${on}: end them first`,
          'conflict',
          {
            on,
            seats: open.map(({ groupId, membershipId, to }) => ({ groupId, membershipId, to })),
          },
        );
      }
      return [{ type: 'PostAbolished', data: { postId, on } }];
    }
    case 'RenamePost': {
      const name = requireText(P, 'name', command.data.name);
      const on = requireDateAsGiven(P, 'on', command.data.on);
      notBeforeEstablished(state, on);
      if (notPlacedAfter(on, state.namedOn)) {
        throw new DomainError(
          `${P}.CHANGE_OUT_OF_ORDER`,
          `The change must fall after ${state.namedOn}`,
          'invalid',
          { on, since: state.namedOn },
        );
      }
      if (name === state.name) {
        throw new DomainError(`${P}.NAME_UNCHANGED`, 'The post already has that name', 'invalid', {
          name,
        });
      }
      return [{ type: 'PostRenamed', data: { postId, name, on } }];
    }
    default: {
      const _never: never = command;
      return _never;
    }
  }
}

function establish(command: EstablishPost, state: PostState): PostEvent[] {
  if (state.status !== 'none') {
    throw new DomainError(
      `${P}.ALREADY_ESTABLISHED`,
      'The post is already established',
      'conflict',
      {
        postId: state.postId,
      },
    );
  }
  const data = command.data;
  const postId = requireId(P, 'postId', data.postId);
  const organisationId = requireId(P, 'organisationId', data.organisationId);
  const name = requireText(P, 'name', data.name);
  const establishedOn = requireDateAsGiven(P, 'establishedOn', data.establishedOn);
  requireActiveOrganisation(P, 'ORGANISATION', organisationId, data.organisation, establishedOn);
  return [{ type: 'PostEstablished', data: { postId, organisationId, name, establishedOn } }];
}

function takeSeat(command: TakePostSeat, post: Post): PostEvent[] {
  const groupId = requireId(P, 'groupId', command.data.groupId);
  const membershipId = requireId(P, 'membershipId', command.data.membershipId);
  const from = requireDateAsGiven(P, 'from', command.data.from);
  return [{ type: 'PostSeatTaken', data: { postId: post.postId, groupId, membershipId, from } }];
}

/** Nothing is placed before the post (first possible days: from 2020-03-01 in a post of "2020"). */
function notBeforeEstablished(post: Post, on: DateAsGiven): void {
  if (placedBefore(on, post.establishedOn)) beforeEstablished(post);
}

function beforeEstablished(post: Post): never {
  throw new DomainError(
    `${P}.BEFORE_ESTABLISHED`,
    `The post was established on ${post.establishedOn}`,
    'invalid',
    { establishedOn: post.establishedOn },
  );
}

/**
 * Two changes placed on one day would leave one of them holding it for no day at all ("2021" and
 * "2021-01-01" both take effect on 2021-01-01).
 */
function oneChangeADay(post: Post, change: HolderStep): void {
  const on = placedOn(change);
  if (post.holders.some((step) => placedOn(step) === on)) {
    throw new DomainError(
      `${P}.HOLDER_CHANGED_THAT_DAY`,
      `The post's holder already changes on ${on}`,
      'conflict',
      { on },
    );
  }
}
