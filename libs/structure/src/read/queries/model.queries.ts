import type { Kysely } from 'kysely';
import { certaintyOn, type Certainty } from '@app/kernel';
import type { Database } from '@app/platform';
import { readModel, WHOLE_LIST, type KeysetRequest, type RowOf } from '@app/projections';
import { MODELS } from '../models.projection';
import { modelVersionsTable, type ModelsDb } from '../read-model.tables';
import { organisationsByIds } from './organisation.queries';
import {
  holdsOn,
  knownBy,
  versionPeriod,
  type TimeSlice,
  type VersionPeriod,
  lifeCertainty,
} from './time-slice';
import { oneOnSlice, pageOnSlice } from './versions-on-slice';

/** `certainty`: whether the model certainly was in force on the slice's date (as for groups). */
export type ModelRow = RowOf<typeof modelVersionsTable, typeof modelColumnNames> &
  VersionPeriod & { certainty: Certainty };

/** An ended model shown (includeEnded) is shown from its end's last possible day: certainly ended. */
const withCertainty =
  (slice: TimeSlice) =>
  (row: Omit<ModelRow, 'certainty'>): ModelRow => ({
    ...row,
    certainty: lifeCertainty(slice, row.status === 'active', row.establishedOn, row.endedOn),
  });

const modelColumnNames = { model_id: 'id' } as const;

export interface ParticipantRow {
  modelId: string;
  organisationId: string;
  name: string | null;
  shortName: string | null;
  kind: string | null;
  /** This period of participation, as given: from when, until when (null: still). */
  from: string;
  to: string | null;
  /** Whether it certainly took part on the slice's date, or only may have (joined "2020"). */
  certainty: Certainty;
}

async function modelVersions(database: Kysely<Database>) {
  const db = await readModel<ModelsDb>(database, MODELS);
  return db
    .selectFrom('model_versions')
    .select([...modelVersionsTable.select(modelColumnNames), ...versionPeriod()]);
}

/** The models' order, by the day each was established then id: a cursor is that [date, id]. */
export const modelsOrder = ['established_on', 'model_id'] as const;
export const modelKey = (row: ModelRow) => [row.establishedOn, row.id];

/** One page of the models on the slice, keyset-paginated in their order. */
export async function listModels(
  database: Kysely<Database>,
  tenant: string,
  slice: TimeSlice,
  filter: { includeEnded?: boolean } = {},
  page: KeysetRequest = WHOLE_LIST,
): Promise<ModelRow[]> {
  let query = pageOnSlice(await modelVersions(database), tenant, slice, modelsOrder, page);
  if (!filter.includeEnded) query = query.where('status', '=', 'active');
  return (await query.execute()).map(withCertainty(slice));
}

export async function findModel(
  database: Kysely<Database>,
  tenant: string,
  id: string,
  slice: TimeSlice,
): Promise<ModelRow | undefined> {
  const row = await oneOnSlice(await modelVersions(database), 'model_id', tenant, id, slice);
  return row && withCertainty(slice)(row);
}

/**
 * Names of related models (predecessor, successor) as they were on the slice's date, or, for
 * one not in force that day (a successor not yet established), as it was last known.
 */
export async function modelNames(
  database: Kysely<Database>,
  tenant: string,
  ids: readonly (string | null)[],
  slice: TimeSlice,
): Promise<Map<string, string>> {
  const wanted = ids.filter((id): id is string => id !== null);
  if (wanted.length === 0) return new Map();
  const rows = await (
    await modelVersions(database)
  )
    .where('tenant', '=', tenant)
    .where('model_id', 'in', wanted)
    .where(knownBy(slice))
    .orderBy('valid_from')
    .execute();
  const named = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const current = named.get(row.id);
    if (!current || !holdsOnDate(current, slice.asOf)) named.set(row.id, row);
  }
  return new Map([...named].map(([id, row]) => [id, row.name]));
}

function holdsOnDate(row: VersionPeriod, on: string): boolean {
  return row.versionFrom <= on && (row.versionTo === null || on < row.versionTo);
}

/** The organisations taking part in the model on the slice's date, with their names then. */
export async function participantsOn(
  database: Kysely<Database>,
  tenant: string,
  modelId: string,
  slice: TimeSlice,
): Promise<ParticipantRow[]> {
  const db = await readModel<ModelsDb>(database, MODELS);
  const rows = await db
    .selectFrom('model_participants')
    .select(['organisation_id', 'joined_on', 'left_on'])
    .where('tenant', '=', tenant)
    .where('model_id', '=', modelId)
    .where(holdsOn(slice))
    .execute();
  const organisations = await organisationsByIds(
    database,
    tenant,
    rows.map((row) => row.organisation_id),
    slice,
  );
  return rows
    .map((row) => {
      const organisation = organisations.get(row.organisation_id);
      return {
        modelId,
        organisationId: row.organisation_id,
        name: organisation?.name ?? null,
        shortName: organisation?.shortName ?? null,
        kind: organisation?.kind ?? null,
        from: row.joined_on,
        to: row.left_on,
        certainty: certaintyOn(slice.asOf, row.joined_on, row.left_on),
      };
    })
    .sort((a, b) =>
      (a.shortName ?? a.organisationId).localeCompare(b.shortName ?? b.organisationId),
    );
}
