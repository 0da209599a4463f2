import { organisationAggregate, personAggregate } from '@app/structure';
import type { ItemFacts, ItemInput, OrganisationFacts } from '../domain';
import type { LoadAggregate } from './body-facts';

/**
 * Which of the people a command names are registered, each read from their own stream in the
 * structure context (a read model could lag behind a registration). Tens per meeting at most,
 * so one read each. A person never changes once registered, so these facts stay what they were.
 */
export async function registeredAmong(
  load: LoadAggregate,
  personIds: readonly unknown[],
): Promise<string[]> {
  // Not validated yet (the decider does that): only strings can name anyone.
  const ids = [...new Set(personIds.filter((id): id is string => typeof id === 'string'))];
  const found: string[] = [];
  for (const id of ids) {
    if ((await load(personAggregate, id)).state.status !== 'none') found.push(id);
  }
  return found;
}

/** Everyone a sitting's record lists: present, absent, and whoever a deputy serves for. */
export function listedIn(input: { attendance?: unknown; absences?: unknown }): unknown[] {
  const entries = [input.attendance, input.absences].flatMap((list) =>
    Array.isArray(list) ? (list as unknown[]) : [],
  );
  return entries.flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { personId, servingFor } = entry as { personId?: unknown; servingFor?: unknown };
    return servingFor ? [personId, servingFor] : [personId];
  });
}

/** The organisation's dates from its own stream in the structure context; null: none such. */
export async function loadOrganisationFacts(
  load: LoadAggregate,
  organisationId: unknown,
): Promise<OrganisationFacts | null> {
  if (typeof organisationId !== 'string') return null;
  const { state } = await load(organisationAggregate, organisationId);
  if (state.status === 'none') return null;
  const { establishedOn, dissolvedOn } = state;
  return { organisationId, establishedOn, dissolvedOn };
}

/**
 * The people and organisations (recipients, the proposal's) an item (or the changes to one) names. Not validated
 * yet: whatever is not a list or an object names nobody here, and the decider answers for it.
 */
export async function loadItemFacts(
  load: LoadAggregate,
  item: Partial<ItemInput>,
): Promise<ItemFacts> {
  const listed = (list: unknown): Record<string, unknown>[] =>
    Array.isArray(list)
      ? list.filter((entry): entry is Record<string, unknown> => typeof entry === 'object')
      : [];
  const decision = typeof item.decision === 'object' ? item.decision : null;
  const registered = await registeredAmong(load, [
    ...(Array.isArray(item.presentedBy) ? item.presentedBy : []),
    ...listed(item.motions).map((motion) => motion?.personId),
    ...listed(decision?.reservations).map((reservation) => reservation?.personId),
  ]);
  const organisations: OrganisationFacts[] = [];
  const proposal = typeof item.proposal === 'object' ? item.proposal : null;
  const organisationIds = new Set([
    ...listed(item.recipients).map((r) => r?.organisationId),
    proposal?.organisationId,
  ]);
  for (const organisationId of organisationIds) {
    const facts = await loadOrganisationFacts(load, organisationId);
    if (facts) organisations.push(facts);
  }
  return { registered, organisations };
}
