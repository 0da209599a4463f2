import type { Records, RecordsRegime } from '@app/kernel';
import type { Cadence } from '../group/group.events';
import type { IsoDate } from '../shared/guards';
import {
  recordsKeptByOrganisation,
  type OrganisationEvent,
  type OrganisationKind,
} from './organisation.events';

export type OrganisationState =
  | { status: 'none' }
  | {
      status: 'active' | 'dissolved';
      organisationId: string;
      kind: OrganisationKind;
      name: string;
      shortName: string | null;
      parentId: string | null;
      establishedOn: IsoDate;
      /** The date the current name took effect: a rename must come after it. */
      namedOn: IsoDate;
      dissolvedOn: IsoDate | null;
      /** A body's: minutes or notes (null: it does not meet), and how often it agreed to meet. */
      records: Records | null;
      cadence: Cadence | null;
      /** When the current meeting terms took effect: a change must come after it. */
      termsOn: IsoDate;
      /** A body's records regime from each date on (a meeting follows the one of its date). */
      regimes: RecordsRegime[];
    };

export function evolveOrganisation(
  state: OrganisationState,
  event: OrganisationEvent,
): OrganisationState {
  switch (event.type) {
    case 'OrganisationRegistered': {
      const records = event.data.records ?? recordsKeptByOrganisation(event.data.kind);
      return {
        status: 'active',
        ...event.data,
        records,
        regimes: records === null ? [] : [{ from: event.data.establishedOn, records }],
        cadence: event.data.cadence ?? null,
        namedOn: event.data.establishedOn,
        termsOn: event.data.establishedOn,
        dissolvedOn: null,
      };
    }
    case 'OrganisationMeetingTermsSet': {
      if (state.status === 'none') return state;
      const { records, cadence, on } = event.data;
      const regimes =
        records === state.records ? state.regimes : [...state.regimes, { from: on, records }];
      return { ...state, records, cadence, termsOn: on, regimes };
    }
    case 'OrganisationRenamed':
      if (state.status === 'none') return state;
      return {
        ...state,
        name: event.data.name,
        shortName: event.data.shortName,
        namedOn: event.data.on,
      };
    case 'OrganisationDissolved':
      if (state.status === 'none') return state;
      return { ...state, status: 'dissolved', dissolvedOn: event.data.on };
    default: {
      const _never: never = event;
      return _never;
    }
  }
}
