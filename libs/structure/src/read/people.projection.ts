import { earliestDay } from '@app/kernel';
import {
  personDecider,
  validFromOfPersonEvent,
  type PersonEvent,
  type PersonState,
} from '../domain';
import { bitemporalProjection } from './bitemporal/bitemporal-projection';
import { timelineOf } from './bitemporal/timeline';
import { personVersionsTable } from './read-model.tables';
import { versionTable } from './bitemporal/version-table';

export const PEOPLE = 'structure-people';

const personVersions = versionTable(personVersionsTable, {
  scopeColumn: 'person_id',
  indexes: [
    'create index person_versions_by_id on person_versions (tenant, person_id, valid_from)',
  ],
  row: (version, scope) => ({ person_id: scope, ...version.attrs }),
});

/**
 * People by id and organisation. Their names and titles are personal data and never get here
 * (v3 dropped the title: see personTitlesProjection).
 */
export const peopleProjection = bitemporalProjection<PersonEvent>({
  name: PEOPLE,
  // 4: registered_on as given ("2020"), text.
  version: 4,
  handles: ['PersonRegistered'],
  tables: [personVersions],
  scopeOf: (event) => event.data.personId,
  validFromOf: (event) => earliestDay(validFromOfPersonEvent(event)),
  derive: (facts) => ({
    person_versions: timelineOf<PersonState, PersonEvent>(
      facts,
      personDecider.initialState,
      personDecider.evolve,
      (state) =>
        state.status === 'none'
          ? new Map()
          : new Map([
              [
                state.personId,
                {
                  organisation_id: state.organisationId,
                  registered_on: state.since,
                },
              ],
            ]),
    ),
  }),
});
