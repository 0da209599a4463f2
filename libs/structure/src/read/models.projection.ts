import { earliestDay, latestDay } from '@app/kernel';
import {
  evolveModel,
  validFromOfModelEvent,
  type IsoDate,
  type ModelEvent,
  type ModelState,
} from '../domain';
import { bitemporalProjection } from './bitemporal/bitemporal-projection';
import { timelinesOf, type Snapshot } from './bitemporal/timeline';
import { modelParticipantsTable, modelVersionsTable } from './read-model.tables';
import { versionTable } from './bitemporal/version-table';

export const MODELS = 'structure-models';

const modelVersions = versionTable(modelVersionsTable, {
  scopeColumn: 'model_id',
  indexes: ['create index model_versions_by_id on model_versions (tenant, model_id, valid_from)'],
  // The list's order (modelsOrder): a page is an index range in order of establishment.
  readIndexes: [
    {
      name: 'model_versions_by_established',
      on: 'model_versions (tenant, established_on, model_id)',
    },
  ],
  row: (version, scope) => ({ model_id: scope, ...version.attrs }),
});

const modelParticipants = versionTable(modelParticipantsTable, {
  scopeColumn: 'model_id',
  indexes: [
    'create index model_participants_by_model on model_participants (tenant, model_id, valid_from)',
    'create index model_participants_by_organisation on model_participants (tenant, organisation_id, valid_from)',
  ],
  row: (version, scope) => ({ model_id: scope, organisation_id: version.key, ...version.attrs }),
});

const none: ModelState = { status: 'none' };

/**
 * Collaboration models over time, and the organisations taking part in each: a participant's
 * row is valid while it takes part, so "who took part on D" is a time slice like any other.
 */
export const modelsProjection = bitemporalProjection<ModelEvent>({
  name: MODELS,
  // 3: dates as given (text); a participant's end as given (left_on); ends fall on their last day.
  // 4: every period of an organisation that left and joined again keeps its own end (left_on).
  // 5: model_versions_by_established, for the list's pages.
  version: 5,
  handles: [
    'ModelEstablished',
    'ParticipantAdded',
    'ParticipantLeft',
    'ModelAmended',
    'ModelReplaced',
    'ModelRetired',
  ],
  tables: [modelVersions, modelParticipants],
  scopeOf: (event) => event.data.modelId,
  validFromOf: readValidFrom,
  // Both tables from one fold of the stream.
  derive: (facts) =>
    timelinesOf(facts, none, evolveModel, {
      model_versions: modelRows,
      model_participants: participantRows,
    }),
});

const modelRows: Snapshot<ModelState> = (state, _on, known) => {
  if (state.status === 'none') return new Map();
  const ended = known.status === 'replaced' || known.status === 'retired' ? known : null;
  return new Map([
    [
      state.modelId,
      {
        name: state.name,
        purpose: state.purpose,
        principles: state.principles,
        focus_areas: state.focusAreas,
        adopted_by: state.adoptedBy,
        established_on: state.establishedOn,
        amended_on: state.amendedOn,
        predecessor_id: state.predecessorId,
        status: state.status,
        ended_on: ended ? ended.endedOn : null,
        successor_id: ended?.status === 'replaced' ? ended.successorId : null,
      },
    ],
  ]);
};

const participantRows: Snapshot<ModelState> = (state, on, known) => {
  if (state.status === 'none') return new Map();
  // At most one period of an organisation holds on a day (the decider allows no overlap).
  const taking = Object.entries(state.participants).flatMap(([organisationId, periods]) =>
    periods
      .filter((period) => earliestDay(period.from) <= on && !endedBy(period.to, on))
      .map((period) => [organisationId, period] as const),
  );
  // Each period's end as known of the whole stream: on the day a period holds, its leaving is
  // often dated later, so the fold by date does not have it yet.
  const knownEnd = (organisationId: string, from: string) =>
    known.status === 'none'
      ? null
      : (known.participants[organisationId]?.find((period) => period.from === from)?.to ?? null);
  return new Map(
    taking.map(([organisationId, period]) => [
      organisationId,
      { joined_on: period.from, left_on: knownEnd(organisationId, period.from) },
    ]),
  );
};

/** A participation ends (it is exclusive) on its leaving's last possible day. */
const endedBy = (to: IsoDate | null, on: IsoDate): boolean => to !== null && on >= latestDay(to);

/**
 * Where a fact falls in the read's valid time, as for groups: a date known to the year or month
 * holds from its first possible day, an end (leaving, replacement, retirement) from its last.
 */
function readValidFrom(event: ModelEvent): IsoDate {
  const date = validFromOfModelEvent(event);
  const ends =
    event.type === 'ParticipantLeft' ||
    event.type === 'ModelReplaced' ||
    event.type === 'ModelRetired';
  return ends ? latestDay(date) : earliestDay(date);
}
