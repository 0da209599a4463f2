import type { ColumnType } from 'kysely';
import type { Adoption, Cadence } from '../domain';

/**
 * The read models' tables as Kysely sees them. Dates and timestamps are selected cast to text
 * (pg and PGlite would parse them into local-time Date objects); json columns are written as
 * JSON text and read back parsed.
 */
interface Bitemporal {
  tenant: string;
  valid_from: string;
  valid_to: string | null;
  recorded_from: string;
  recorded_to: string | null;
  fingerprint: string;
}

type Json<T> = ColumnType<T, string, string>;

export interface OrganisationVersionsTable extends Bitemporal {
  organisation_id: string;
  kind: string;
  name: string;
  short_name: string | null;
  parent_id: string | null;
  established_on: string;
  /** As known at the row's record time, on every version: when it ends, if it does. */
  dissolved_on: string | null;
  status: 'active' | 'dissolved';
}

export interface PersonVersionsTable extends Bitemporal {
  person_id: string;
  title: string | null;
  organisation_id: string;
  registered_on: string;
}

export interface ModelVersionsTable extends Bitemporal {
  model_id: string;
  name: string;
  purpose: string;
  principles: Json<string[]>;
  focus_areas: Json<string[]>;
  adopted_by: Json<Adoption>;
  established_on: string;
  amended_on: string;
  predecessor_id: string | null;
  status: 'active' | 'replaced' | 'retired';
  /** As known at the row's record time: when the model ends and what succeeds it. */
  ended_on: string | null;
  successor_id: string | null;
}

export interface ModelParticipantsTable extends Bitemporal {
  model_id: string;
  organisation_id: string;
  /** The start of this period of participation; valid_to is its end. */
  joined_on: string;
}

export interface GroupVersionsTable extends Bitemporal {
  group_id: string;
  model_id: string;
  kind: string;
  name: string;
  parent_id: string | null;
  mandate: string | null;
  focus_area: string | null;
  cadence: Json<Cadence | null>;
  records: string;
  formed_on: string;
  status: 'active' | 'dissolved' | 'merged';
  /** As known at the row's record time: when the group ends and what it was merged into. */
  ended_on: string | null;
  merged_into: string | null;
}

export interface MembershipVersionsTable extends Bitemporal {
  group_id: string;
  membership_id: string;
  person_id: string;
  organisation_id: string;
  role: string;
  /** The whole seat, as known at the row's record time; each version is one stretch in a role. */
  started_on: string;
  ended_on: string | null;
}

export interface OrganisationsDb {
  organisation_versions: OrganisationVersionsTable;
}
export interface PeopleDb {
  person_versions: PersonVersionsTable;
}
export interface ModelsDb {
  model_versions: ModelVersionsTable;
  model_participants: ModelParticipantsTable;
}
export interface GroupsDb {
  group_versions: GroupVersionsTable;
  membership_versions: MembershipVersionsTable;
}
