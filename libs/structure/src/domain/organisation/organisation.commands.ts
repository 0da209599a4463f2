import type { IsoDate } from '../shared/guards';
import type { OrganisationKind } from './organisation.events';

/**
 * What the handler knows about the parent when it registers a child: loaded from the parent's
 * stream so that decide stays pure. Null when the parent does not exist.
 */
export interface OrganisationParentFacts {
  organisationId: string;
  establishedOn: IsoDate;
  dissolvedOn: IsoDate | null;
}

export type RegisterOrganisation = {
  type: 'RegisterOrganisation';
  data: {
    organisationId: string;
    kind: OrganisationKind;
    name: string;
    shortName?: string | null;
    parentId?: string | null;
    parent?: OrganisationParentFacts | null;
    establishedOn: IsoDate;
  };
};

export type RenameOrganisation = {
  type: 'RenameOrganisation';
  data: { organisationId: string; name: string; shortName?: string | null; on: IsoDate };
};

export type DissolveOrganisation = {
  type: 'DissolveOrganisation';
  data: { organisationId: string; on: IsoDate };
};

export type OrganisationCommand = RegisterOrganisation | RenameOrganisation | DissolveOrganisation;
