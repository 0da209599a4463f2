import { DomainError, RECORDS, type Records } from '@app/kernel';
import type { Cadence } from '../group/group.events';
import { checkCadence } from '../group/group.rules';
import { notPlacedAfter, outOfOrder, requireDateAsGiven, requireOneOf } from '../shared/guards';
import type { SetMeetingTerms } from './organisation.commands';
import { meetsAsBody, type OrganisationEvent, type OrganisationKind } from './organisation.events';
import type { OrganisationState } from './organisation.state';

const P = 'ORGANISATION';

/**
 * A body's terms as registration gives them: only boards and committees meet, so only they
 * keep records or agree on a cadence. Answers the fields the event carries (none when not given).
 */
export function registeredTerms(
  kind: OrganisationKind,
  given: { records?: Records; cadence?: Cadence | null },
): { records?: Records; cadence?: Cadence | null } {
  if (given.records === undefined && (given.cadence === undefined || given.cadence === null)) {
    return {};
  }
  requireBody(kind);
  return {
    ...(given.records === undefined
      ? {}
      : { records: requireOneOf(P, 'records', RECORDS, given.records) }),
    ...(given.cadence === undefined ? {} : { cadence: checkCadence(given.cadence, P) }),
  };
}

export function decideMeetingTerms(
  command: SetMeetingTerms,
  state: Exclude<OrganisationState, { status: 'none' }>,
): OrganisationEvent[] {
  requireBody(state.kind);
  const data = command.data;
  const on = requireDateAsGiven(P, 'on', data.on);
  if (notPlacedAfter(on, state.termsOn)) outOfOrder(P, on, state.termsOn);
  const records =
    data.records === undefined ? state.records! : requireOneOf(P, 'records', RECORDS, data.records);
  const cadence = data.cadence === undefined ? state.cadence : checkCadence(data.cadence, P);
  if (records === state.records && JSON.stringify(cadence) === JSON.stringify(state.cadence)) {
    throw new DomainError(`${P}.TERMS_UNCHANGED`, 'The body already has those terms', 'invalid');
  }
  return [
    {
      type: 'OrganisationMeetingTermsSet',
      data: { organisationId: state.organisationId, records, cadence, on },
    },
  ];
}

function requireBody(kind: OrganisationKind): void {
  if (!meetsAsBody(kind)) {
    throw new DomainError(
      `${P}.NOT_A_MEETING_BODY`,
      `A ${kind} does not meet as a body: only boards and committees keep records and a cadence`,
      'invalid',
      { kind },
    );
  }
}
