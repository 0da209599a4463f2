import type { Aggregate, Loaded } from '@app/event-store';
import type { Message } from '@app/kernel';
import type { OrganisationFacts } from '../domain';
import { organisationAggregate } from './aggregates';
import { organisationFactsOf } from './facts';

/**
 * The facts of the organisations a new model names, each from its own stream; one that does not
 * exist is left out, which the decider reads as not found. Tens at most, so one read each.
 */
export async function loadParticipants(
  session: {
    load<C extends Message, E extends Message, S>(
      aggregate: Aggregate<C, E, S>,
      id: string,
    ): Promise<Loaded<S>>;
  },
  organisationIds: readonly string[] | undefined,
): Promise<OrganisationFacts[]> {
  const found: OrganisationFacts[] = [];
  // Not validated yet (the decider does that): anything but a list of strings loads nothing.
  const ids = Array.isArray(organisationIds) ? organisationIds : [];
  for (const id of new Set(ids.filter((id) => typeof id === 'string'))) {
    const facts = organisationFactsOf((await session.load(organisationAggregate, id)).state);
    if (facts) found.push(facts);
  }
  return found;
}
