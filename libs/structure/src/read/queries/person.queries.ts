import type { Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { readModel } from '@app/projections';
import { PEOPLE } from '../people.projection';
import type { PeopleDb } from '../read-model.tables';
import { dateText, knownBy, nullableDateText, type TimeSlice } from './time-slice';

/** What an erased person's name reads as: the seat stays on record, the name does not. */
export const MASKED_NAME = '[name erased]';

/** The personal-data table (see the platform's migrations): names live here, never in events. */
interface PersonalDataDb {
  personal_data: { tenant: string; person_id: string; name: string | null; erased_at: Date | null };
}

export interface PersonName {
  name: string | null;
  erased: boolean;
}

/** Names now: erasure takes effect for every date, including reads of the past. */
export async function namesOf(
  database: Kysely<Database>,
  tenant: string,
  personIds: readonly string[],
): Promise<Map<string, PersonName>> {
  if (personIds.length === 0) return new Map();
  const rows = await (database as unknown as Kysely<PersonalDataDb>)
    .selectFrom('personal_data')
    .select(['person_id', 'name', 'erased_at'])
    .where('tenant', '=', tenant)
    .where('person_id', 'in', [...new Set(personIds)])
    .execute();
  return new Map(
    rows.map((row) => [row.person_id, { name: row.name, erased: row.erased_at !== null }]),
  );
}

/** The name to show: masked once erased, null when none was ever recorded. */
export function displayName(entry: PersonName | undefined): string | null {
  if (!entry) return null;
  return entry.erased ? MASKED_NAME : entry.name;
}

export interface PersonRow {
  id: string;
  name: string | null;
  nameErased: boolean;
  title: string | null;
  organisationId: string;
  registeredOn: string;
}

/**
 * A person as known at the slice's record time. People have no end, so a date before their
 * registration still finds them, with the earliest title and organisation on record.
 */
export async function findPerson(
  database: Kysely<Database>,
  tenant: string,
  id: string,
  slice: TimeSlice,
): Promise<PersonRow | undefined> {
  const db = await readModel<PeopleDb>(database, PEOPLE);
  const versions = await db
    .selectFrom('person_versions')
    .select([
      'person_id',
      'title',
      'organisation_id',
      dateText('registered_on').as('registered_on'),
      dateText('valid_from').as('valid_from'),
      nullableDateText('valid_to').as('valid_to'),
    ])
    .where('tenant', '=', tenant)
    .where('person_id', '=', id)
    .where(knownBy(slice))
    .orderBy('valid_from')
    .execute();
  if (versions.length === 0) return undefined;
  const version =
    versions.find(
      (row) => row.valid_from <= slice.asOf && (row.valid_to === null || slice.asOf < row.valid_to),
    ) ?? versions[0];
  const name = (await namesOf(database, tenant, [id])).get(id);
  return {
    id,
    name: displayName(name),
    nameErased: name?.erased ?? false,
    title: version.title,
    organisationId: version.organisation_id,
    registeredOn: version.registered_on,
  };
}
