import type { Kysely } from 'kysely';
import { certaintyOn, type Certainty } from '@app/kernel';
import type { Database } from '@app/platform';
import { readModel, type RowOf } from '@app/projections';
import { GROUPS } from '../groups.projection';
import { membershipVersionsTable, type GroupsDb } from '../read-model.tables';
import { organisationsByIds } from './organisation.queries';
import { namesOf } from './person.queries';
import { holdersOn, personRef, postsByIds, type PersonRef } from './post.queries';
import { dateText, holdsOn, knownBy, nullableDateText, type TimeSlice } from './time-slice';

/** One stretch of a seat in one role. `from`/`to` are the whole seat's, as known. */
export type SeatRow = RowOf<typeof membershipVersionsTable, typeof seatNames> & {
  roleFrom: string;
  roleTo: string | null;
};

const seatNames = { started_on: 'from', ended_on: 'to' } as const;

async function seatVersions(database: Kysely<Database>) {
  const db = await readModel<GroupsDb>(database, GROUPS);
  return db
    .selectFrom('membership_versions')
    .select([
      ...membershipVersionsTable.select(seatNames),
      dateText('valid_from').as('roleFrom'),
      nullableDateText('valid_to').as('roleTo'),
    ]);
}

/** The seats held on the slice's date, in some groups or on behalf of one organisation. */
export async function seatsOn(
  database: Kysely<Database>,
  tenant: string,
  slice: TimeSlice,
  where: { groupIds?: readonly string[]; organisationId?: string },
): Promise<SeatRow[]> {
  if (where.groupIds?.length === 0) return [];
  let query = (await seatVersions(database))
    .where('tenant', '=', tenant)
    .where(holdsOn(slice))
    .orderBy('started_on')
    .orderBy('membership_id');
  if (where.groupIds) query = query.where('group_id', 'in', [...where.groupIds]);
  if (where.organisationId !== undefined) {
    query = query.where('organisation_id', '=', where.organisationId);
  }
  return query.execute();
}

/** Every stretch of every seat a person, or one of some posts, has held, as known at the slice. */
export async function seatsHeldBy(
  database: Kysely<Database>,
  tenant: string,
  holder: { personId: string } | { postIds: readonly string[] },
  slice: Pick<TimeSlice, 'knownAt'>,
): Promise<SeatRow[]> {
  if ('postIds' in holder && holder.postIds.length === 0) return [];
  const query = (await seatVersions(database))
    .where('tenant', '=', tenant)
    .where(knownBy(slice))
    .orderBy('started_on')
    .orderBy('membership_id')
    .orderBy('valid_from');
  return 'personId' in holder
    ? query.where('person_id', '=', holder.personId).execute()
    : query.where('post_id', 'in', [...new Set(holder.postIds)]).execute();
}

export interface DescribedSeat {
  membershipId: string;
  /** A person's seat, a post's (whoever holds it sits), or the organisation's with nobody named. */
  heldBy: 'person' | 'post' | 'organisation';
  /** Who sits on the slice's date: the person, or the post's holder then; null when unknown. */
  person: PersonRef | null;
  post: {
    id: string;
    name: string | null;
    holderUnknown: boolean;
    /** The holder's own seat in the same group that day: they are shown there, once. */
    holderSitsInOwnSeat: string | null;
  } | null;
  organisation: { id: string; name: string | null; shortName: string | null };
  role: string;
  /** Since when the seat has been held in this role. */
  roleSince: string;
  from: string;
  to: string | null;
  /**
   * Whether the seat was certainly held on the date read, by the one shown, or only may have
   * been: a seat from "2020", or a post's seat whose holder then is uncertain (appointed "2021").
   */
  certainty: Certainty;
}

/**
 * Seats with who sits in them on the slice's date — a post's seat resolved to the post's holder
 * that day — and the represented organisation's name then.
 */
export async function describeSeats(
  database: Kysely<Database>,
  tenant: string,
  seats: readonly SeatRow[],
  slice: TimeSlice,
): Promise<DescribedSeat[]> {
  const postIds = seats.flatMap((seat) => (seat.postId === null ? [] : [seat.postId]));
  const [holders, posts, organisations] = await Promise.all([
    holdersOn(database, tenant, postIds, slice),
    postsByIds(database, tenant, postIds, slice),
    organisationsByIds(
      database,
      tenant,
      seats.map((seat) => seat.organisationId),
      slice,
    ),
  ]);
  const sitting = (seat: SeatRow) =>
    seat.postId === null ? seat.personId : (holders.get(seat.postId)?.personId ?? null);
  const names = await namesOf(
    database,
    tenant,
    seats.flatMap((seat) => sitting(seat) ?? []),
  );
  // A person sits in a group once: the holder of a post who also has a seat of their own there
  // (appointed to the post after both seats were recorded) is shown in their own seat only.
  const ownSeats = new Map(
    seats.flatMap((seat) =>
      seat.postId === null && seat.personId !== null
        ? [[`${seat.groupId}\u0000${seat.personId}`, seat.membershipId] as const]
        : [],
    ),
  );
  return seats.map((seat) => {
    const organisation = organisations.get(seat.organisationId);
    const holder = sitting(seat);
    const ownSeat =
      seat.postId === null || holder === null
        ? null
        : (ownSeats.get(`${seat.groupId}\u0000${holder}`) ?? null);
    const personId = ownSeat === null ? holder : null;
    return {
      membershipId: seat.membershipId,
      heldBy: seat.postId !== null ? 'post' : seat.personId !== null ? 'person' : 'organisation',
      person: personId === null ? null : personRef(personId, names),
      post:
        seat.postId === null
          ? null
          : {
              id: seat.postId,
              name: posts.get(seat.postId)?.name ?? null,
              holderUnknown: holder === null,
              holderSitsInOwnSeat: ownSeat,
            },
      organisation: {
        id: seat.organisationId,
        name: organisation?.name ?? null,
        shortName: organisation?.shortName ?? null,
      },
      role: seat.role,
      roleSince: seat.roleFrom,
      from: seat.from,
      to: seat.to,
      certainty: bothCertain(
        certaintyOn(slice.asOf, seat.from, seat.to),
        seat.postId === null ? undefined : holders.get(seat.postId)?.certainty,
      ),
    };
  });
}

const bothCertain = (seat: Certainty, holder: Certainty | undefined): Certainty =>
  seat === 'certain' && holder !== 'uncertain' ? 'certain' : 'uncertain';
