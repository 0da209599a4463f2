import { DomainError, certainlyBefore, certainlyNotAfter } from '@app/kernel';
import type { IsoDate } from './calendar';

/**
 * What a command that names an organisation needs to know about it, loaded by the handler from
 * the organisation's own stream in the structure context. Null: no such organisation.
 */
export interface OrganisationFacts {
  organisationId: string;
  establishedOn: IsoDate;
  dissolvedOn: IsoDate | null;
}

/**
 * Every person named must be registered in the structure context. `registered` holds the ids
 * the handler found there; the missing ones are named together so that one answer fixes all.
 */
export function requireRegistered(
  prefix: string,
  personIds: readonly string[],
  registered: readonly string[] | undefined,
  /** Where the command names them, when it names people in more than one place. */
  field?: string,
): void {
  const known = new Set(registered ?? []);
  const missing = [...new Set(personIds)].filter((personId) => !known.has(personId));
  if (missing.length > 0) {
    throw new DomainError(`${prefix}.PERSON_NOT_FOUND`, 'No such person', 'invalid', {
      ...(field === undefined ? {} : { field }),
      personIds: missing,
    });
  }
}

/**
 * The organisation must exist and be active on the day: established, and not yet dissolved.
 * Dates known to the year or month are refused only when certainly outside its life.
 */
export function requireActiveOrganisation(
  prefix: string,
  organisationId: string,
  facts: OrganisationFacts | null | undefined,
  on: IsoDate,
  /** Where the command names it, when it names organisations in more than one place. */
  field?: string,
): void {
  const where = field === undefined ? {} : { field };
  if (!facts || facts.organisationId !== organisationId) {
    throw new DomainError(`${prefix}.ORGANISATION_NOT_FOUND`, 'No such organisation', 'invalid', {
      ...where,
      organisationId,
    });
  }
  const { establishedOn, dissolvedOn } = facts;
  const before = certainlyBefore(on, establishedOn);
  if (before || (dissolvedOn !== null && certainlyNotAfter(dissolvedOn, on))) {
    throw new DomainError(
      `${prefix}.ORGANISATION_NOT_ACTIVE`,
      before
        ? `The organisation was established on ${establishedOn}`
        : `The organisation was dissolved on ${dissolvedOn}`,
      'invalid',
      { ...where, organisationId, on, establishedOn, dissolvedOn },
    );
  }
}
