import type { Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { displayName, groupsByIds, namesOf, organisationsByIds } from '@app/structure';
import type { IsoDate } from '../../domain';

/** What a person without a recorded name reads as (an erased one reads as structure masks it). */
export const UNKNOWN_NAME = '[name unknown]';

export interface PersonRef {
  id: string;
  name: string;
}

export type PersonNamer = (personId: string) => PersonRef;

/**
 * Names people from the personal-data table, at read time: events know them by id only, so an
 * erasure masks every answer at once without touching a hash chain.
 */
export async function personNamer(
  database: Kysely<Database>,
  tenant: string,
  personIds: Iterable<string>,
): Promise<PersonNamer> {
  const names = await namesOf(database, tenant, [...new Set(personIds)]);
  return (id) => ({ id, name: displayName(names.get(id)) ?? UNKNOWN_NAME });
}

export interface MeetingBody {
  id: string;
  kind: string;
  /** Its name on the day asked about; null when structure does not know it. */
  name: string | null;
}

/**
 * Bodies named as they were on the given days (a board renamed later kept its old name in its
 * old minutes). A group is found in the groups read model, anything else among organisations.
 * One lookup per distinct day: lists are filtered by body and period, so days are few.
 */
export async function bodyNamer(
  database: Kysely<Database>,
  tenant: string,
  bodies: readonly { id: string; kind: string; on: IsoDate }[],
): Promise<(body: { id: string; kind: string; on: IsoDate }) => MeetingBody> {
  const names = new Map<string, string>();
  const days = [...new Set(bodies.map((body) => body.on))];
  await Promise.all(
    days.map(async (on) => {
      const slice = { asOf: on, knownAt: null };
      const onDay = bodies.filter((body) => body.on === on);
      const groupIds = onDay.filter((body) => body.kind === 'group').map((body) => body.id);
      const organisationIds = onDay.filter((body) => body.kind !== 'group').map((body) => body.id);
      const [groups, organisations] = await Promise.all([
        groupsByIds(database, tenant, groupIds, slice),
        organisationsByIds(database, tenant, organisationIds, slice),
      ]);
      for (const [id, group] of groups) names.set(`${id}@${on}`, group.name);
      for (const [id, organisation] of organisations) names.set(`${id}@${on}`, organisation.name);
    }),
  );
  return ({ id, kind, on }) => ({ id, kind, name: names.get(`${id}@${on}`) ?? null });
}

/** Organisations (proposers, attendees' and recipients' organisations) named on one day. */
export async function organisationNamer(
  database: Kysely<Database>,
  tenant: string,
  ids: Iterable<string | null>,
  on: IsoDate,
): Promise<(id: string | null) => { id: string; name: string | null } | null> {
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
  const found = await organisationsByIds(database, tenant, wanted, { asOf: on, knownAt: null });
  return (id) => (id === null ? null : { id, name: found.get(id)?.name ?? null });
}
