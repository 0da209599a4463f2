import type { IsoDate } from '../shared/guards';
import type { OrganisationEvent, OrganisationKind } from './organisation.events';

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
    };

export function evolveOrganisation(
  state: OrganisationState,
  event: OrganisationEvent,
): OrganisationState {
  switch (event.type) {
    case 'OrganisationRegistered':
      return {
        status: 'active',
        ...event.data,
        namedOn: event.data.establishedOn,
        dissolvedOn: null,
      };
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
