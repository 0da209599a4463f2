import type { IsoDate } from '@app/kernel';

/**
 * What a command that names an organisation needs to know of it, read by the handler from the
 * organisation's own stream in the structure context. Missing from a list: no such organisation.
 */
export interface OrganisationFacts {
  organisationId: string;
  establishedOn: IsoDate;
  dissolvedOn: IsoDate | null;
}
