import { earliestDay, latestDay } from '@app/kernel';
import {
  evolveOrganisation,
  ORGANISATION_EVENT_VERSIONS,
  validFromOfOrganisationEvent,
  type OrganisationEvent,
  type OrganisationState,
  type IsoDate,
} from '../domain';
import { bitemporalProjection } from './bitemporal/bitemporal-projection';
import { timelineOf } from './bitemporal/timeline';
import { organisationVersionsTable } from './read-model.tables';
import { versionTable } from './bitemporal/version-table';

export const ORGANISATIONS = 'structure-organisations';

const organisationVersions = versionTable(organisationVersionsTable, {
  scopeColumn: 'organisation_id',
  indexes: [
    'create index organisation_versions_by_id on organisation_versions (tenant, organisation_id, valid_from)',
  ],
  // The list's order (organisationsOrder): a page is an index range in name order.
  readIndexes: [
    {
      name: 'organisation_versions_by_name',
      on: 'organisation_versions (tenant, name, organisation_id)',
    },
  ],
  row: (version, scope) => ({ organisation_id: scope, ...version.attrs }),
});

/**
 * Organisations over time: one version per stretch in which name, short name and status hold.
 * A dissolved organisation keeps a version from its dissolution on, so that asking about it
 * after that date answers "dissolved" rather than "no such organisation".
 */
export const organisationsProjection = bitemporalProjection<OrganisationEvent>({
  name: ORGANISATIONS,
  // 3: a body's records and cadence. 4: dates as given (text); a dissolution falls on its last day.
  // 5: organisation_versions_by_name, for the list's pages.
  version: 5,
  handles: Object.keys(ORGANISATION_EVENT_VERSIONS),
  tables: [organisationVersions],
  scopeOf: (event) => event.data.organisationId,
  validFromOf: readValidFrom,
  derive: (facts) => ({
    organisation_versions: timelineOf<OrganisationState, OrganisationEvent>(
      facts,
      { status: 'none' },
      evolveOrganisation,
      (state, _on, known) => {
        if (state.status === 'none') return new Map();
        return new Map([
          [
            state.organisationId,
            {
              kind: state.kind,
              name: state.name,
              short_name: state.shortName,
              parent_id: state.parentId,
              established_on: state.establishedOn,
              dissolved_on: known.status === 'none' ? null : known.dissolvedOn,
              status: state.status,
              records: state.records,
              cadence: state.cadence,
            },
          ],
        ]);
      },
    ),
  }),
});

/**
 * Where a fact falls in the read's valid time, as for groups: a date known to the year or month
 * holds from its first possible day, a dissolution from its last (until then the organisation
 * may still exist, and reads show it as uncertain).
 */
function readValidFrom(event: OrganisationEvent): IsoDate {
  const date = validFromOfOrganisationEvent(event);
  return event.type === 'OrganisationDissolved' ? latestDay(date) : earliestDay(date);
}
