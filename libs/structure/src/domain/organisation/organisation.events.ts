import type { Records } from '@app/kernel';
import type { Cadence } from '../group/group.events';
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

/** The organisations that meet: boards and committees keep records of their meetings. */
export const MEETING_BODY_KINDS = ['board', 'working-committee', 'preparatory-committee'] as const;
export type MeetingBodyKind = (typeof MEETING_BODY_KINDS)[number];

export const meetsAsBody = (kind: OrganisationKind): kind is MeetingBodyKind =>
  (MEETING_BODY_KINDS as readonly string[]).includes(kind);

/**
 * What a body keeps when nothing says otherwise (DOMAIN.md, "Records"): boards and working
 * committees keep minutes, preparatory committees notes; an organisation that does not meet, none.
 */
export function recordsKeptByOrganisation(kind: OrganisationKind): Records | null {
  if (!meetsAsBody(kind)) return null;
  return kind === 'preparatory-committee' ? 'notes' : 'minutes';
}

export type OrganisationRegistered = {
  type: 'OrganisationRegistered';
  data: {
    organisationId: string;
    kind: OrganisationKind;
    name: string;
    shortName: string | null;
    parentId: string | null;
    establishedOn: IsoDate;
    /** Only when registration said so (older events never do): see recordsKeptByOrganisation. */
    records?: Records;
    cadence?: Cadence | null;
  };
};

/** A body's meeting terms as they hold from `on`, whole: how it keeps records, how often it meets. */
export type OrganisationMeetingTermsSet = {
  type: 'OrganisationMeetingTermsSet';
  data: { organisationId: string; records: Records; cadence: Cadence | null; on: IsoDate };
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
  | OrganisationRegistered
  | OrganisationRenamed
  | OrganisationMeetingTermsSet
  | OrganisationDissolved;

export const organisationStream = (organisationId: string): string =>
  `organisation-${organisationId}`;

export function validFromOfOrganisationEvent(event: OrganisationEvent): IsoDate {
  switch (event.type) {
    case 'OrganisationRegistered':
      return event.data.establishedOn;
    case 'OrganisationRenamed':
    case 'OrganisationMeetingTermsSet':
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
  OrganisationMeetingTermsSet: 1,
  OrganisationDissolved: 1,
};
