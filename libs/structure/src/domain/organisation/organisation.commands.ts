import type { Records } from '@app/kernel';
import type { Cadence } from '../group/group.events';
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
    /** For a board or committee: left out, what its kind keeps (recordsKeptByOrganisation). */
    records?: Records;
    cadence?: Cadence | null;
  };
};

/** A board's or committee's meeting terms from `on`; fields left out keep their value, null clears the cadence. */
export type SetMeetingTerms = {
  type: 'SetMeetingTerms';
  data: { organisationId: string; records?: Records; cadence?: Cadence | null; on: IsoDate };
};

export type RenameOrganisation = {
  type: 'RenameOrganisation';
  data: { organisationId: string; name: string; shortName?: string | null; on: IsoDate };
};

export type DissolveOrganisation = {
  type: 'DissolveOrganisation';
  data: { organisationId: string; on: IsoDate };
};

export type OrganisationCommand =
  RegisterOrganisation | RenameOrganisation | SetMeetingTerms | DissolveOrganisation;
