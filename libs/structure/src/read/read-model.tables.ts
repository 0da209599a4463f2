import { dateAsGiven, jsonb, readTable, text, type TableOf } from '@app/projections';
import type { Adoption, Cadence } from '../domain';

/**
 * The read models' tables, each declared once: the projections create them from these
 * declarations (version-table.ts adds the tenant and the two periods), the queries select from
 * them, and Kysely's table types below are inferred from them.
 */
export const organisationVersionsTable = readTable('organisation_versions', {
  organisation_id: text(),
  kind: text(),
  name: text(),
  short_name: text().nullable(),
  parent_id: text().nullable(),
  established_on: dateAsGiven(),
  /** As known at the row's record time, on every version: when it ends, if it does. */
  dissolved_on: dateAsGiven().nullable(),
  status: text<'active' | 'dissolved'>(),
  /** A board's or committee's: minutes or notes, and its agreed cadence; null for the others. */
  records: text<'minutes' | 'notes'>().nullable(),
  cadence: jsonb<Cadence>().nullable(),
});

export const personVersionsTable = readTable('person_versions', {
  person_id: text(),
  organisation_id: text(),
  registered_on: dateAsGiven(),
});

export const postVersionsTable = readTable('post_versions', {
  post_id: text(),
  organisation_id: text(),
  name: text(),
  established_on: dateAsGiven(),
  /** As known at the row's record time, on every version: when it ends, if it does. */
  abolished_on: dateAsGiven().nullable(),
  status: text<'established' | 'abolished'>(),
});

/** A row while a person is known to hold the post; no row: no holder known. */
export const postHoldersTable = readTable('post_holders', {
  post_id: text(),
  person_id: text(),
  /** The holder's time in the post as given; valid_from/valid_to are where the read places it. */
  held_from: dateAsGiven(),
  /** As known at the row's record time: the next change or the abolition, as given. */
  held_to: dateAsGiven().nullable(),
});

export const modelVersionsTable = readTable('model_versions', {
  model_id: text(),
  name: text(),
  purpose: text(),
  principles: jsonb<string[]>(),
  focus_areas: jsonb<string[]>(),
  adopted_by: jsonb<Adoption>(),
  established_on: dateAsGiven(),
  amended_on: dateAsGiven(),
  predecessor_id: text().nullable(),
  status: text<'active' | 'replaced' | 'retired'>(),
  /** As known at the row's record time: when the model ends and what succeeds it. */
  ended_on: dateAsGiven().nullable(),
  successor_id: text().nullable(),
});

export const modelParticipantsTable = readTable('model_participants', {
  model_id: text(),
  organisation_id: text(),
  /** This period of participation as given; valid_to is where the read places its end. */
  joined_on: dateAsGiven(),
  /** As known at the row's record time: the first day it no longer takes part, as given. */
  left_on: dateAsGiven().nullable(),
});

export const groupVersionsTable = readTable('group_versions', {
  group_id: text(),
  /** Null while the group is outside any model. */
  model_id: text().nullable(),
  kind: text(),
  name: text(),
  parent_id: text().nullable(),
  mandate: text().nullable(),
  focus_area: text().nullable(),
  cadence: jsonb<Cadence>().nullable(),
  records: text(),
  formed_on: dateAsGiven(),
  status: text<'active' | 'dissolved' | 'merged'>(),
  /** As known at the row's record time: when the group ends and what it was merged into. */
  ended_on: dateAsGiven().nullable(),
  merged_into: text().nullable(),
});

export const membershipVersionsTable = readTable('membership_versions', {
  group_id: text(),
  membership_id: text(),
  /** Null for a post's seat (post_id names it) and for an organisation's seat with nobody named. */
  person_id: text().nullable(),
  post_id: text().nullable(),
  organisation_id: text(),
  role: text(),
  /** The whole seat, as known at the row's record time; each version is one stretch in a role. */
  started_on: dateAsGiven(),
  ended_on: dateAsGiven().nullable(),
});

/** The two periods every version table adds (see version-table.ts). */
interface Bitemporal {
  valid_from: string;
  valid_to: string | null;
  recorded_from: string;
  recorded_to: string | null;
  fingerprint: string;
}

export interface OrganisationsDb {
  organisation_versions: TableOf<typeof organisationVersionsTable> & Bitemporal;
}
export interface PeopleDb {
  person_versions: TableOf<typeof personVersionsTable> & Bitemporal;
}
export interface PostsDb {
  post_versions: TableOf<typeof postVersionsTable> & Bitemporal;
  post_holders: TableOf<typeof postHoldersTable> & Bitemporal;
}
export interface ModelsDb {
  model_versions: TableOf<typeof modelVersionsTable> & Bitemporal;
  model_participants: TableOf<typeof modelParticipantsTable> & Bitemporal;
}
export interface GroupsDb {
  group_versions: TableOf<typeof groupVersionsTable> & Bitemporal;
  membership_versions: TableOf<typeof membershipVersionsTable> & Bitemporal;
}
