import type { DebtorFacts, IssueAssignment, OrganisationFacts, SourceFacts } from '../../domain';
import { decisionFactsOf } from '../../domain';
import { meetingAggregate } from '../aggregates';
import type { LoadAggregate } from '../body-facts';
import { loadOrganisationFacts, registeredAmong } from '../reference-facts';

type Input = Pick<IssueAssignment['data'], 'source' | 'owedBy' | 'jointlyWith'>;
type Debtors = Pick<Input, 'owedBy' | 'jointlyWith'>;

/**
 * Whoever owes an assignment, from their own streams in the structure context: the debtors
 * found and the people named who are registered. Not validated yet (the decider does that).
 */
export async function debtorFactsOf(load: LoadAggregate, input: Debtors): Promise<DebtorFacts> {
  const named = [input.owedBy, ...(Array.isArray(input.jointlyWith) ? input.jointlyWith : [])];
  const organisations: OrganisationFacts[] = [];
  for (const debtor of named) {
    const facts = await loadOrganisationFacts(load, debtor?.organisationId);
    if (facts) organisations.push(facts);
  }
  const registered = await registeredAmong(
    load,
    named.map((debtor) => debtor?.personId),
  );
  return { organisations, registered };
}

/**
 * A decision's item from its meeting's stream, or a plan's board from its own. An agreement's
 * facts come from the agreements context, which issues its assignments itself: here, none.
 */
export async function sourceFactsOf(
  load: LoadAggregate,
  source: Input['source'],
): Promise<SourceFacts | null> {
  switch (source?.kind) {
    case 'decision': {
      const meeting = await load(meetingAggregate, source.meetingId);
      return decisionFactsOf(meeting.state, source.itemId);
    }
    case 'plan':
      return { kind: 'plan', body: await loadOrganisationFacts(load, source.bodyId) };
    default:
      return null;
  }
}
