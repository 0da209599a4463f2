import type { Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { readModel } from '@app/projections';
import { GROUPS } from '../groups.projection';
import type { GroupsDb } from '../read-model.tables';
import { organisationsByIds } from './organisation.queries';
import { seatsOfPerson, type SeatRow } from './seat.queries';
import { dateText, knownBy, nullableDateText, type TimeSlice } from './time-slice';

export interface MembershipView {
  membershipId: string;
  group: { id: string; name: string | null; kind: string | null; modelId: string | null };
  organisation: { id: string; name: string | null; shortName: string | null };
  /** The role held last (or now). */
  role: string;
  roles: { role: string; from: string; to: string | null }[];
  from: string;
  to: string | null;
}

/**
 * Every seat a person has held, on any date, as known at the slice's record time; groups and
 * organisations are named as they were on the slice's date (or, for a group that had not been
 * formed or had ended by then, as it was last known).
 */
export async function membershipsOf(
  database: Kysely<Database>,
  tenant: string,
  personId: string,
  slice: TimeSlice,
): Promise<MembershipView[]> {
  const stretches = await seatsOfPerson(database, tenant, personId, slice);
  const seats = new Map<string, SeatRow[]>();
  for (const stretch of stretches) {
    seats.set(stretch.membershipId, [...(seats.get(stretch.membershipId) ?? []), stretch]);
  }
  const [groups, organisations] = await Promise.all([
    groupNames(database, tenant, [...new Set(stretches.map((stretch) => stretch.groupId))], slice),
    organisationsByIds(
      database,
      tenant,
      stretches.map((stretch) => stretch.organisationId),
      slice,
    ),
  ]);
  return [...seats.values()].map((held) => {
    const first = held[0];
    const last = held[held.length - 1];
    const group = groups.get(first.groupId);
    const organisation = organisations.get(first.organisationId);
    return {
      membershipId: first.membershipId,
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
