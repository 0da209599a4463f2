import { DomainError, type Decider } from '@app/kernel';
import {
  certainlyBefore,
  certainlyNotAfter,
  latest,
  notPlacedAfter,
  outOfOrder,
  optionalText,
  placedBefore,
  requireDateAsGiven,
  requireId,
  requireOneOf,
  requireText,
  type DateAsGiven,
} from '../shared/guards';
import type { OrganisationCommand, RegisterOrganisation } from './organisation.commands';
import { ORGANISATION_KINDS, type OrganisationEvent } from './organisation.events';
import { decideMeetingTerms, registeredTerms } from './organisation.meeting-terms';
import { evolveOrganisation, type OrganisationState } from './organisation.state';

const P = 'ORGANISATION';

export const organisationDecider: Decider<
  OrganisationCommand,
  OrganisationEvent,
  OrganisationState
> = {
  initialState: { status: 'none' },
  evolve: evolveOrganisation,
  decide,
};

function decide(command: OrganisationCommand, state: OrganisationState): OrganisationEvent[] {
  if (command.type === 'RegisterOrganisation') return register(command, state);
  if (state.status === 'none') {
    throw new DomainError(`${P}.NOT_FOUND`, 'No such organisation', 'not-found', {
      organisationId: command.data.organisationId,
    });
  }
  if (state.status === 'dissolved') {
    throw new DomainError(
      `${P}.DISSOLVED`,
      `The organisation was dissolved on ${state.dissolvedOn}`,
      'conflict',
      {
        dissolvedOn: state.dissolvedOn,
      },
    );
  }
  switch (command.type) {
    case 'RenameOrganisation': {
      const on = requireDateAsGiven(P, 'on', command.data.on);
      const name = requireText(P, 'name', command.data.name);
      const shortName =
        command.data.shortName === undefined
          ? state.shortName
          : optionalText(command.data.shortName);
      notBefore(state.establishedOn, on);
      if (notPlacedAfter(on, state.namedOn)) outOfOrder(P, on, state.namedOn);
      if (name === state.name && shortName === state.shortName) {
        throw new DomainError(
          `${P}.NAME_UNCHANGED`,
          'The organisation already has that name',
          'invalid',
        );
      }
      return [
        {
          type: 'OrganisationRenamed',
          data: { organisationId: state.organisationId, name, shortName, on },
        },
      ];
    }
    case 'SetMeetingTerms':
      return decideMeetingTerms(command, state);
    case 'DissolveOrganisation': {
      const on = requireDateAsGiven(P, 'on', command.data.on);
      // An end is refused only when certainly wrong: dissolved "2022" after a rename in March.
      if (certainlyBefore(on, state.establishedOn)) beforeEstablishment(state.establishedOn);
      // Dissolving on the founding day would leave an organisation that never existed.
      const since = latest(state.establishedOn, state.namedOn);
      if (certainlyNotAfter(on, since)) outOfOrder(P, on, since);
      return [
        { type: 'OrganisationDissolved', data: { organisationId: state.organisationId, on } },
      ];
    }
    default: {
      const _never: never = command;
      return _never;
    }
  }
}

function register(command: RegisterOrganisation, state: OrganisationState): OrganisationEvent[] {
  const data = command.data;
  if (state.status !== 'none') {
    throw new DomainError(
      `${P}.ALREADY_REGISTERED`,
      'The organisation is already registered',
      'conflict',
      {
        organisationId: state.organisationId,
      },
    );
  }
  const organisationId = requireId(P, 'organisationId', data.organisationId);
  const kind = requireOneOf(P, 'kind', ORGANISATION_KINDS, data.kind);
  const name = requireText(P, 'name', data.name);
  const establishedOn = requireDateAsGiven(P, 'establishedOn', data.establishedOn);
  const parentId = optionalText(data.parentId);
  if (parentId !== null) {
    if (kind === 'municipality') {
      throw new DomainError(
        `${P}.MUNICIPALITY_HAS_NO_PARENT`,
        'A municipality is the top of its own tree',
        'invalid',
      );
    }
    if (parentId === organisationId) {
      throw new DomainError(
        `${P}.OWN_PARENT`,
        'An organisation cannot be its own parent',
        'invalid',
      );
    }
    const parent = data.parent;
    if (!parent || parent.organisationId !== parentId) {
      throw new DomainError(`${P}.PARENT_NOT_FOUND`, 'No such parent organisation', 'invalid', {
        parentId,
      });
    }
    if (parent.dissolvedOn !== null) {
      throw new DomainError(
        `${P}.PARENT_DISSOLVED`,
        `The parent was dissolved on ${parent.dissolvedOn}`,
        'conflict',
        {
          parentId,
          dissolvedOn: parent.dissolvedOn,
        },
      );
    }
    // Not placed before what it belongs to (first possible days: "2020" below one of 2020-03-01).
    if (placedBefore(establishedOn, parent.establishedOn)) {
      throw new DomainError(
        `${P}.BEFORE_PARENT`,
        'An organisation cannot be established before its parent',
        'invalid',
        {
          parentEstablishedOn: parent.establishedOn,
        },
      );
    }
  }
  return [
    {
      type: 'OrganisationRegistered',
      data: {
        organisationId,
        kind,
        name,
        shortName: optionalText(data.shortName),
        parentId,
        establishedOn,
        ...registeredTerms(kind, data),
      },
    },
  ];
}

/** Nothing is placed before the organisation was established (by first possible days). */
function notBefore(establishedOn: DateAsGiven, on: DateAsGiven): void {
  if (placedBefore(on, establishedOn)) beforeEstablishment(establishedOn);
}

function beforeEstablishment(establishedOn: DateAsGiven): never {
  throw new DomainError(
    `${P}.BEFORE_ESTABLISHMENT`,
    `The organisation was established on ${establishedOn}`,
    'invalid',
    { establishedOn },
  );
}
