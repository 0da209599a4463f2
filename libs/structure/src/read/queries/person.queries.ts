import { sql, type Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { activeSchemaOf, readModel } from '@app/projections';
import { PEOPLE } from '../people.projection';
import type { PeopleDb } from '../read-model.tables';
import { dateText, holdsOn, knownBy, nullableDateText, type TimeSlice } from './time-slice';

/** What an erased person's name reads as: the seat stays on record, the name does not. */
export const MASKED_NAME = '[name erased]';

/** A registered person's personal data as kept outside the events: null once erased. */
export interface PersonName {
  name: string | null;
  title: string | null;
  erased: boolean;
}

/**
 * Names and titles now, from the personal-data table (people's rows only: a caller with the same
 * id is another subject): erasure takes effect for every date, including reads of the past.
 */
export async function namesOf(
  database: Kysely<Database>,
  tenant: string,
  personIds: readonly string[],
): Promise<Map<string, PersonName>> {
  if (personIds.length === 0) return new Map();
  const rows = await database
    .selectFrom('personal_data')
    .select(['subject_id', 'name', 'title', 'erased_at'])
    .where('tenant', '=', tenant)
    .where('subject_kind', '=', 'person')
    .where('subject_id', 'in', [...new Set(personIds)])
    .execute();
  return new Map(
    rows.map((row) => [
      row.subject_id,
      { name: row.name, title: row.title, erased: row.erased_at !== null },
    ]),
  );
}

/** The name to show: masked once erased, null when none was ever recorded. */
export function displayName(entry: Pick<PersonName, 'name' | 'erased'> | undefined): string | null {
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
 * registration still finds them, with the earliest organisation on record. The title is the
 * one kept now (personal data, not versioned).
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
    title: name?.title ?? null,
    organisationId: version.organisation_id,
    registeredOn: version.registered_on,
  };
}

export interface PeopleFilter {
  organisationId?: string;
  /** A part of the name, any case; erased names never match. */
  name?: string;
}

/**
 * People registered by the slice's date (with their organisation then and title now), ordered by
 * name then id, keyset-paginated after the (name, id) of the previous page's last person. Names
 * are joined from the personal-data table (outside the read model's schema); an erased name
 * sorts as empty.
 */
export async function listPeople(
  database: Kysely<Database>,
  tenant: string,
  slice: TimeSlice,
  filter: PeopleFilter,
  page: { limit: number; after?: { name: string; id: string } },
): Promise<{ people: PersonRow[]; more: boolean }> {
  const schema = await activeSchemaOf(database, PEOPLE);
  if (schema === undefined) await readModel(database, PEOPLE); // answers 503: not built yet
  const sortName = sql`coalesce(p.name, '')`;
  const conditions = [
    sql`v.tenant = ${tenant}`,
    holdsOn(slice, 'v'),
    ...(filter.organisationId === undefined
      ? []
      : [sql`v.organisation_id = ${filter.organisationId}`]),
    ...(filter.name === undefined
      ? []
      : [sql`p.name ilike ${`%${escapeLike(filter.name)}%`} escape '\\'`]),
    ...(page.after === undefined
      ? []
      : [sql`(${sortName}, v.person_id) > (${page.after.name}, ${page.after.id})`]),
  ];
  const { rows } = await sql<{
    person_id: string;
    name: string | null;
    erased: boolean;
    title: string | null;
    organisation_id: string;
    registered_on: string;
  }>`
    select v.person_id, p.name, p.erased_at is not null as erased, p.title, v.organisation_id,
      v.registered_on::text as registered_on
    from ${sql.id(schema!, 'person_versions')} v
    left join personal_data p
      on p.tenant = v.tenant and p.subject_kind = 'person' and p.subject_id = v.person_id
    where ${sql.join(conditions, sql` and `)}
    order by ${sortName}, v.person_id
    limit ${page.limit + 1}`.execute(database);
  return {
    people: rows.slice(0, page.limit).map((row) => ({
      id: row.person_id,
      name: displayName({ name: row.name, erased: row.erased }),
      nameErased: row.erased,
      title: row.title,
      organisationId: row.organisation_id,
      registeredOn: row.registered_on,
    })),
    more: rows.length > page.limit,
  };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
