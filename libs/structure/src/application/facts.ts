import type {
  OrganisationParentFacts,
  OrganisationState,
  PersonFacts,
  PersonState,
} from '../domain';

/** What a child organisation or a person needs to know about the organisation it belongs to. */
export function organisationFactsOf(state: OrganisationState): OrganisationParentFacts | null {
  if (state.status === 'none') return null;
  return {
    organisationId: state.organisationId,
    establishedOn: state.establishedOn,
    dissolvedOn: state.dissolvedOn,
  };
}

/** What a seat or a minute needs to know about the person it names: that they are registered. */
export function personFactsOf(state: PersonState): PersonFacts | null {
  return state.status === 'none' ? null : { personId: state.personId };
}
