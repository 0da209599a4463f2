import { DomainError, type Decider } from '@app/kernel';
import {
  certainlyBefore,
  certainlyNotAfter,
  requireDate,
  requireDateAsGiven,
  requireId,
  type IsoDate,
} from '../shared/guards';

const P = 'PERSON';

/** The organisation a person is registered at, as the handler loaded it. Null: not found. */
export interface PersonOrganisationFacts {
  organisationId: string;
  establishedOn: IsoDate;
  dissolvedOn: IsoDate | null;
}

/**
 * The person's name and title are personal data: the handler keeps them in the personal-data
 * table under personId, so that erasing them never touches the hash chain. Nothing here may
 * carry them.
 */
export type RegisterPerson = {
  type: 'RegisterPerson';
  data: {
    personId: string;
    organisationId: string;
    organisation: PersonOrganisationFacts | null;
    /** The day the person is known to be at the organisation (holding the title, if given). */
    on: IsoDate;
  };
};

/** Erase the person's personal data (GDPR Art. 17); the day is the server's, given by the handler. */
export type ErasePerson = { type: 'ErasePerson'; data: { personId: string; on: IsoDate } };

export type PersonCommand = RegisterPerson | ErasePerson;

/** v2: no title (personal data; see structureUpcasters for how v1 events are read). */
export type PersonRegistered = {
  type: 'PersonRegistered';
  data: { personId: string; organisationId: string; on: IsoDate };
};

/** That an erasure happened, and when: no personal data, so the chain keeps nothing erasable. */
export type PersonalDataErased = {
  type: 'PersonalDataErased';
  data: { personId: string; erasedOn: IsoDate };
};

export type PersonEvent = PersonRegistered | PersonalDataErased;

export type PersonState =
  | { status: 'none' }
  | {
      status: 'registered';
      personId: string;
      organisationId: string;
      since: IsoDate;
      erasedOn: IsoDate | null;
    };

export const personStream = (personId: string): string => `person-${personId}`;

export const PERSON_EVENT_VERSIONS: Record<PersonEvent['type'], number> = {
  PersonRegistered: 2,
  PersonalDataErased: 1,
};

export function validFromOfPersonEvent(event: PersonEvent): IsoDate {
  switch (event.type) {
    case 'PersonRegistered':
      return event.data.on;
    case 'PersonalDataErased':
      return event.data.erasedOn;
    default: {
      const _never: never = event;
      return _never;
    }
  }
}

export const personDecider: Decider<PersonCommand, PersonEvent, PersonState> = {
  initialState: { status: 'none' },
  evolve(state, event) {
    switch (event.type) {
      case 'PersonRegistered': {
        const { personId, organisationId, on } = event.data;
        return { status: 'registered', personId, organisationId, since: on, erasedOn: null };
      }
      case 'PersonalDataErased':
        return state.status === 'none' ? state : { ...state, erasedOn: event.data.erasedOn };
      default: {
        const _never: never = event;
        return _never;
      }
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'RegisterPerson':
        return register(command, state);
      case 'ErasePerson':
        return erase(command, state);
      default: {
        const _never: never = command;
        return _never;
      }
    }
  },
};

function register(command: RegisterPerson, state: PersonState): PersonEvent[] {
  const data = command.data;
  if (state.status !== 'none') {
    throw new DomainError(
      `${P}.ALREADY_REGISTERED`,
      'The person is already registered',
      'conflict',
      {
        personId: state.personId,
      },
    );
  }
  const personId = requireId(P, 'personId', data.personId);
  const organisationId = requireId(P, 'organisationId', data.organisationId);
  // "Anställdes 2020": known to the year; refused only when certainly outside the organisation.
  const on = requireDateAsGiven(P, 'on', data.on);
  const organisation = data.organisation;
  if (!organisation || organisation.organisationId !== organisationId) {
    throw new DomainError(`${P}.ORGANISATION_NOT_FOUND`, 'No such organisation', 'invalid', {
      organisationId,
    });
  }
  if (organisation.dissolvedOn !== null && certainlyNotAfter(organisation.dissolvedOn, on)) {
    throw new DomainError(
      `${P}.ORGANISATION_DISSOLVED`,
      `The organisation was dissolved on ${organisation.dissolvedOn}`,
      'conflict',
      {
        organisationId,
        dissolvedOn: organisation.dissolvedOn,
      },
    );
  }
  if (certainlyBefore(on, organisation.establishedOn)) {
    throw new DomainError(
      `${P}.BEFORE_ORGANISATION`,
      `The organisation was established on ${organisation.establishedOn}`,
      'invalid',
      {
        organisationId,
        establishedOn: organisation.establishedOn,
      },
    );
  }
  // The data is rebuilt field by field so that a name or title sent along by mistake never
  // reaches an event.
  return [{ type: 'PersonRegistered', data: { personId, organisationId, on } }];
}

function erase(command: ErasePerson, state: PersonState): PersonEvent[] {
  const personId = requireId(P, 'personId', command.data.personId);
  const on = requireDate(P, 'on', command.data.on);
  if (state.status === 'none') {
    throw new DomainError(`${P}.NOT_FOUND`, 'No such person', 'not-found', { personId });
  }
  if (state.erasedOn !== null) {
    throw new DomainError(
      `${P}.ALREADY_ERASED`,
      `The person's personal data was erased on ${state.erasedOn}`,
      'conflict',
      { personId, erasedOn: state.erasedOn },
    );
  }
  return [{ type: 'PersonalDataErased', data: { personId, erasedOn: on } }];
}
