import type { OrganisationFacts, PersonFacts } from '../shared/references';

/** A registered person, as a handler would find them in their stream. */
export const registered = (personId: string): PersonFacts => ({ personId });

/** An organisation that exists throughout the dates the specs use unless told otherwise. */
export const existing = (
  organisationId: string,
  establishedOn = '2000-01-01',
  dissolvedOn: string | null = null,
): OrganisationFacts => ({ organisationId, establishedOn, dissolvedOn });
