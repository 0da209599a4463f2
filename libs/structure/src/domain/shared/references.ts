import { DomainError } from '@app/kernel';
import type { OrganisationParentFacts } from '../organisation/organisation.commands';
import { certainlyBefore, certainlyNotAfter, type IsoDate } from './guards';

/**
 * What a command that names a person needs to know about them, loaded by the handler from the
 * person's own stream. A person has no end (no event retires one), so being registered is all
 * there is to check; null means the handler found no such person.
 */
export interface PersonFacts {
  personId: string;
}

/** What a command that names an organisation needs to know: its own stream's dates. */
export type OrganisationFacts = OrganisationParentFacts;

/** The person named must be registered; facts about someone else are a wiring slip, too. */
export function requirePerson(prefix: string, personId: string, facts: PersonFacts | null): void {
  if (!facts || facts.personId !== personId) {
    throw new DomainError(`${prefix}.PERSON_NOT_FOUND`, 'No such person', 'invalid', { personId });
  }
}

/**
 * The organisation named must exist and be active on the day: established on or before it and
 * not dissolved by then (an organisation dissolved on a day no longer exists that day, as for
 * bodies and parents). `what` names the reference in the codes: ORGANISATION, PARTICIPANT.
 */
export function requireActiveOrganisation(
  prefix: string,
  what: string,
  organisationId: string,
  facts: OrganisationFacts | null | undefined,
  on: IsoDate,
): OrganisationFacts {
  if (!facts || facts.organisationId !== organisationId) {
    throw new DomainError(`${prefix}.${what}_NOT_FOUND`, 'No such organisation', 'invalid', {
      organisationId,
    });
  }
  const { establishedOn, dissolvedOn } = facts;
  // Refused only when certainly outside its life: a seat from "2020" in one established in 2020.
  const before = certainlyBefore(on, establishedOn);
  if (before || (dissolvedOn !== null && certainlyNotAfter(dissolvedOn, on))) {
    const why = before
      ? `it was established on ${establishedOn}`
      : `it was dissolved on ${dissolvedOn}`;
    throw new DomainError(
      `${prefix}.${what}_NOT_ACTIVE`,
      `The organisation is not active on ${on}: ${why}`,
      'invalid',
      { organisationId, on, establishedOn, dissolvedOn },
    );
  }
  return facts;
}
