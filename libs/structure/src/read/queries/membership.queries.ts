import type { Kysely } from 'kysely';
import { certainlyNotAfter, latestDay, placedBefore } from '@app/kernel';
import type { Database } from '@app/platform';
import { readModel } from '@app/projections';
import { GROUPS } from '../groups.projection';
import type { GroupsDb } from '../read-model.tables';
import { organisationsByIds } from './organisation.queries';
import { holdingsOf, postsByIds } from './post.queries';
import { seatsHeldBy, type SeatRow } from './seat.queries';
import { dateText, knownBy, nullableDateText, type TimeSlice } from './time-slice';

export interface MembershipView {
  membershipId: string;
  /** Set when the person sat as the post's holder: the seat is the post's, held while they held it. */
  post: { id: string; name: string | null } | null;
  /**
   * On a seat of their own: a post they held had a seat in the same group at the same time
   * (appointed after both seats were recorded). They sat once, here, as the structure shows them;
   * the post's seat is listed only for the time outside this one.
   */
  alsoForPost: { id: string; name: string | null; membershipId: string } | null;
  group: { id: string; name: string | null; kind: string | null; modelId: string | null };
  organisation: { id: string; name: string | null; shortName: string | null };
  /** The role held last (or now). */
  role: string;
  roles: { role: string; from: string; to: string | null }[];
  from: string;
  to: string | null;
}

/** The memberships' order: when each seat began, then the seat (one row per seat and start). */
export function membershipKey(row: MembershipView): [string, string] {
  return [row.from, row.membershipId];
}

/**
 * Every seat a person has held, on any date, as known at the slice's record time — their own, and
 * those of the posts they held while they held them; groups and organisations are named as they
 * were on the slice's date (or, for a group that had not been formed or had ended by then, as it
 * was last known).
 */
export async function membershipsOf(
  database: Kysely<Database>,
  tenant: string,
  personId: string,
  slice: TimeSlice,
): Promise<MembershipView[]> {
  const [own, holdings] = await Promise.all([
    seatsHeldBy(database, tenant, { personId }, slice),
    holdingsOf(database, tenant, personId, slice),
  ]);
  const postSeats = await seatsHeldBy(
    database,
    tenant,
    { postIds: holdings.map((holding) => holding.postId) },
    slice,
  );
  const [throughPosts, alsoFor] = outsideOwnSeats(whileHeld(postSeats, holdings), own);
  const stretches = [...own, ...throughPosts].sort(
    (a, b) =>
      a.from.localeCompare(b.from) ||
      a.membershipId.localeCompare(b.membershipId) ||
      a.roleFrom.localeCompare(b.roleFrom),
  );
  const seats = new Map<string, SeatRow[]>();
  for (const stretch of stretches) {
    const key = `${stretch.membershipId}|${stretch.from}`;
    seats.set(key, [...(seats.get(key) ?? []), stretch]);
  }
  const postIds = holdings.map((holding) => holding.postId);
  const [groups, organisations, posts] = await Promise.all([
    groupNames(database, tenant, [...new Set(stretches.map((stretch) => stretch.groupId))], slice),
    organisationsByIds(
      database,
      tenant,
      stretches.map((stretch) => stretch.organisationId),
      slice,
    ),
    postsByIds(database, tenant, postIds, slice),
  ]);
  return [...seats.values()].map((held) => {
    const first = held[0];
    const last = held[held.length - 1];
    const group = groups.get(first.groupId);
    const organisation = organisations.get(first.organisationId);
    const also = alsoFor.get(first.membershipId);
    return {
      membershipId: first.membershipId,
      post:
        first.postId === null
          ? null
          : { id: first.postId, name: posts.get(first.postId)?.name ?? null },
      alsoForPost: also
        ? {
            id: also.postId,
            name: posts.get(also.postId)?.name ?? null,
            membershipId: also.membershipId,
          }
        : null,
      group: {
        id: first.groupId,
        name: group?.name ?? null,
        kind: group?.kind ?? null,
        modelId: group?.model_id ?? null,
      },
      organisation: {
        id: first.organisationId,
        name: organisation?.name ?? null,
        shortName: organisation?.shortName ?? null,
      },
      role: last.role,
      roles: held.map((stretch) => ({
        role: stretch.role,
        from: stretch.roleFrom,
        to: stretch.roleTo,
      })),
      from: first.from,
      to: first.to,
    };
  });
}

/**
 * The stretches of the posts' seats that fall while the person held the post, cut to it: the
 * seat's `from`/`to` become the time the person sat in it, as the source gives it (a holder from
 * "2021" sat from "2021"). A stretch is left out only when certainly empty.
 */
function whileHeld(
  seats: readonly SeatRow[],
  holdings: readonly { postId: string; from: string; to: string | null }[],
): SeatRow[] {
  return holdings.flatMap((holding) =>
    seats.flatMap((seat) => {
      if (seat.postId !== holding.postId) return [];
      const from = laterStart(seat.from, holding.from);
      const to = earlierEnd(seat.to, holding.to);
      const roleFrom = laterStart(seat.roleFrom, holding.from);
      const roleTo = earlierEnd(seat.roleTo, holding.to);
      if (
        (to !== null && certainlyNotAfter(to, from)) ||
        (roleTo !== null && certainlyNotAfter(roleTo, roleFrom))
      ) {
        return [];
      }
      return [{ ...seat, from, to, roleFrom, roleTo }];
    }),
  );
}

/**
 * A person sits in a group once (as describeSeats shows them): where a post's seat they sat in
 * as its holder falls in the time of a seat of their own in the same group, the post's stretch
 * is cut to the time outside it, and the own seat names the post's seat. Cut by first possible
 * days, as the seats' own dates are given.
 */
function outsideOwnSeats(
  throughPosts: readonly SeatRow[],
  own: readonly SeatRow[],
): [SeatRow[], Map<string, { postId: string; membershipId: string }>] {
  const alsoFor = new Map<string, { postId: string; membershipId: string }>();
  const kept = throughPosts.flatMap((stretch) =>
    own
      .filter((seat) => seat.groupId === stretch.groupId)
      .reduce<SeatRow[]>(
        (pieces, seat) =>
          pieces.flatMap((piece) => {
            const outside = without(piece, seat.from, seat.to);
            if ((outside.length !== 1 || outside[0] !== piece) && piece.postId !== null) {
              alsoFor.set(seat.membershipId, {
                postId: piece.postId,
                membershipId: piece.membershipId,
              });
            }
            return outside;
          }),
        [stretch],
      ),
  );
  return [kept, alsoFor];
}

/** The parts of a stretch before `from` and from `to` on; the stretch itself if it misses them. */
function without(stretch: SeatRow, from: string, to: string | null): SeatRow[] {
  const endsBefore = stretch.to !== null && !placedBefore(from, stretch.to);
  const startsAfter = to !== null && !placedBefore(stretch.from, to);
  if (endsBefore || startsAfter) return [stretch];
  const cut = (start: string, end: string | null): SeatRow[] => {
    const roleFrom = laterStart(stretch.roleFrom, start);
    const roleTo = earlierEnd(stretch.roleTo, end);
    if (end !== null && !placedBefore(start, end)) return [];
    if (roleTo !== null && !placedBefore(roleFrom, roleTo)) return [];
    return [{ ...stretch, from: start, to: end, roleFrom, roleTo }];
  };
  return [
    ...(placedBefore(stretch.from, from) ? cut(stretch.from, from) : []),
    ...(to !== null ? cut(laterStart(stretch.from, to), stretch.to) : []),
  ];
}

/** The start that may come last (by first possible days; the more precise of a tie). */
const laterStart = (a: string, b: string) =>
  placedBefore(a, b) || (!placedBefore(b, a) && a.length < b.length) ? b : a;

/** The end that certainly comes first (by last possible days; the more precise of a tie). */
const earlierEnd = (a: string | null, b: string | null) => {
  if (a === null || b === null) return a ?? b;
  const [x, y] = [latestDay(a), latestDay(b)];
  return x < y || (x === y && a.length >= b.length) ? a : b;
};

async function groupNames(
  database: Kysely<Database>,
  tenant: string,
  ids: readonly string[],
  slice: TimeSlice,
) {
  if (ids.length === 0) return new Map();
  const db = await readModel<GroupsDb>(database, GROUPS);
  const versions = await db
    .selectFrom('group_versions')
    .select([
      'group_id',
      'name',
      'kind',
      'model_id',
      dateText('valid_from').as('valid_from'),
      nullableDateText('valid_to').as('valid_to'),
    ])
    .where('tenant', '=', tenant)
    .where('group_id', 'in', [...ids])
    .where(knownBy(slice))
    .orderBy('valid_from')
    .execute();
  const named = new Map<string, (typeof versions)[number]>();
  for (const version of versions) {
    // In date order: later versions replace earlier ones until one holds on the date.
    const current = named.get(version.group_id);
    if (!current || !holdsOnDate(current, slice.asOf)) named.set(version.group_id, version);
  }
  return named;
}

function holdsOnDate(version: { valid_from: string; valid_to: string | null }, on: string) {
  return version.valid_from <= on && (version.valid_to === null || on < version.valid_to);
}
