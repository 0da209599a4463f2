import type { OrganisationParentFacts, OrganisationState } from '../domain';

/** What a child organisation or a person needs to know about the organisation it belongs to. */
export function organisationFactsOf(state: OrganisationState): OrganisationParentFacts | null {
  if (state.status === 'none') return null;
  return {
    organisationId: state.organisationId,
    establishedOn: state.establishedOn,
    dissolvedOn: state.dissolvedOn,
  };
}
