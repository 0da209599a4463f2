import type { IsoDate } from '../shared/guards';

export const ORGANISATION_KINDS = [
  'municipality',
  'board',
  'working-committee',
  'preparatory-committee',
  'administration',
  'external-party',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export type OrganisationRegistered = {
  type: 'OrganisationRegistered';
  data: {
    organisationId: string;
    kind: OrganisationKind;
    name: string;
    shortName: string | null;
    parentId: string | null;
    establishedOn: IsoDate;
  };
};

/** Carries both names as they hold from `on`, so a reader never has to merge partial renames. */
export type OrganisationRenamed = {
  type: 'OrganisationRenamed';
  data: { organisationId: string; name: string; shortName: string | null; on: IsoDate };
};

export type OrganisationDissolved = {
  type: 'OrganisationDissolved';
  data: { organisationId: string; on: IsoDate };
};

export type OrganisationEvent =
  OrganisationRegistered | OrganisationRenamed | OrganisationDissolved;

export const organisationStream = (organisationId: string): string =>
  `organisation-${organisationId}`;

export function validFromOfOrganisationEvent(event: OrganisationEvent): IsoDate {
  switch (event.type) {
    case 'OrganisationRegistered':
      return event.data.establishedOn;
    case 'OrganisationRenamed':
    case 'OrganisationDissolved':
      return event.data.on;
    default: {
      const _never: never = event;
      return _never;
    }
  }
}

export const ORGANISATION_EVENT_VERSIONS: Record<OrganisationEvent['type'], number> = {
  OrganisationRegistered: 1,
  OrganisationRenamed: 1,
  OrganisationDissolved: 1,
};
