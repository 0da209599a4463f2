import type { Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { groupsByIds } from './group.queries';
import { modelNames } from './model.queries';
import { describeSeats, seatsOn, type DescribedSeat } from './seat.queries';
import type { TimeSlice } from './time-slice';

export interface RepresentationRow {
  group: {
    id: string;
    name: string | null;
    kind: string | null;
    modelId: string | null;
    modelName: string | null;
  };
  membershipId: string;
  heldBy: DescribedSeat['heldBy'];
  /** Who sits on the date (a post's holder then); null when unknown or nobody is named. */
  person: DescribedSeat['person'];
  post: DescribedSeat['post'];
  role: string;
  roleSince: string;
  from: string;
  to: string | null;
  certainty: DescribedSeat['certainty'];
}

/**
 * The representation's order: group by group (by name), then when each seat began; the seat's
 * id makes it one row.
 */
export function representationKey(row: RepresentationRow): [string, string, string, string] {
  return [row.group.name ?? row.group.id, row.group.id, row.from, row.membershipId];
}

/**
 * Every seat held on behalf of the organisation on the slice's date, in no order (sort it by
 * representationKey).
 */
export async function representationOf(
  database: Kysely<Database>,
  tenant: string,
  organisationId: string,
  slice: TimeSlice,
): Promise<RepresentationRow[]> {
  const seats = await seatsOn(database, tenant, slice, { organisationId });
  const [described, groups] = await Promise.all([
    describeSeats(database, tenant, seats, slice),
    groupsByIds(
      database,
      tenant,
      seats.map((seat) => seat.groupId),
      slice,
    ),
  ]);
  const models = await modelNames(
    database,
    tenant,
    [...groups.values()].flatMap((group) => (group.modelId ? [group.modelId] : [])),
    slice,
  );
  return seats.map((seat, index) => {
    const group = groups.get(seat.groupId);
    const member = described[index];
    return {
      group: {
        id: seat.groupId,
        name: group?.name ?? null,
        kind: group?.kind ?? null,
        modelId: group?.modelId ?? null,
        modelName: group?.modelId ? (models.get(group.modelId) ?? null) : null,
      },
      membershipId: seat.membershipId,
      heldBy: member.heldBy,
      person: member.person,
      post: member.post,
      role: seat.role,
      roleSince: seat.roleFrom,
      from: seat.from,
      to: seat.to,
      certainty: member.certainty,
    };
  });
}
