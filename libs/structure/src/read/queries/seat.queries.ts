import type { Kysely } from 'kysely';
import { certaintyOn, type Certainty } from '@app/kernel';
import type { Database } from '@app/platform';
import { readModel, type RowOf } from '@app/projections';
import { GROUPS } from '../groups.projection';
import { membershipVersionsTable, type GroupsDb } from '../read-model.tables';
import { organisationsByIds } from './organisation.queries';
import { displayName, namesOf } from './person.queries';
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

/** Every stretch of every seat a person has held, on any date, as known at the slice. */
export async function seatsOfPerson(
  database: Kysely<Database>,
  tenant: string,
  personId: string,
  slice: Pick<TimeSlice, 'knownAt'>,
): Promise<SeatRow[]> {
  return (await seatVersions(database))
    .where('tenant', '=', tenant)
    .where('person_id', '=', personId)
    .where(knownBy(slice))
    .orderBy('started_on')
    .orderBy('membership_id')
    .orderBy('valid_from')
    .execute();
}

export interface DescribedSeat {
  membershipId: string;
  person: { id: string; name: string | null; nameErased: boolean };
  organisation: { id: string; name: string | null; shortName: string | null };
  role: string;
  /** Since when the person has held this role in the seat. */
  roleSince: string;
  from: string;
  to: string | null;
  /** Whether the seat was certainly held on the date read, or only may have been (from "2020"). */
  certainty: Certainty;
}

/** Seats with the person's name and the represented organisation's name on the slice's date. */
export async function describeSeats(
  database: Kysely<Database>,
  tenant: string,
  seats: readonly SeatRow[],
  slice: TimeSlice,
): Promise<DescribedSeat[]> {
  const [names, organisations] = await Promise.all([
    namesOf(
      database,
      tenant,
      seats.map((seat) => seat.personId),
    ),
    organisationsByIds(
      database,
      tenant,
      seats.map((seat) => seat.organisationId),
      slice,
    ),
  ]);
  return seats.map((seat) => {
    const name = names.get(seat.personId);
    const organisation = organisations.get(seat.organisationId);
    return {
      membershipId: seat.membershipId,
      person: { id: seat.personId, name: displayName(name), nameErased: name?.erased ?? false },
      organisation: {
        id: seat.organisationId,
        name: organisation?.name ?? null,
        shortName: organisation?.shortName ?? null,
      },
      role: seat.role,
      roleSince: seat.roleFrom,
      from: seat.from,
      to: seat.to,
      certainty: certaintyOn(slice.asOf, seat.from, seat.to),
    };
  });
}
