import { DomainError, type Message } from '@app/kernel';
import type { Aggregate, Loaded } from '@app/event-store';
import { groupAggregate, organisationAggregate, type OrganisationKind } from '@app/structure';
import { recordsOfBodyKind, type BodyFacts, type BodyKind } from '../domain';

/** How a request names the body that meets: its kind says which structure stream to read. */
export interface BodyRef {
  kind: BodyKind;
  id: string;
}

/** Loads an aggregate's current state: the executor's load, or a process session's. */
export type LoadAggregate = <C extends Message, E extends Message, S>(
  aggregate: Aggregate<C, E, S>,
  id: string,
) => Promise<Loaded<S>>;

/**
 * The organisation kinds each body kind may be. A joint working committee is registered as a
 * working committee: the structure does not tell joint ones apart, the meeting's body kind does.
 */
const ORGANISATION_KINDS_OF: Record<Exclude<BodyKind, 'group'>, OrganisationKind> = {
  board: 'board',
  'working-committee': 'working-committee',
  'joint-working-committee': 'working-committee',
  'preparatory-committee': 'preparatory-committee',
};

/**
 * The body's facts from its own stream in the structure context, which never lags behind the
 * structure's commands (a read model could). A body that exists but is another kind of
 * organisation than the request says is refused here: the meeting decider only knows bodies.
 */
export async function loadBodyFacts(load: LoadAggregate, body: BodyRef): Promise<BodyFacts> {
  if (body.kind === 'group') {
    const { state } = await load(groupAggregate, body.id);
    if (state.status === 'none') return { exists: false };
    const dissolvedOn = state.status === 'active' ? null : state.endedOn;
    return {
      exists: true,
      bodyId: body.id,
      kind: 'group',
      formedOn: state.formedOn,
      dissolvedOn,
      regimes: state.regimes,
    };
  }
  const { state } = await load(organisationAggregate, body.id);
  if (state.status === 'none') return { exists: false };
  if (state.kind !== ORGANISATION_KINDS_OF[body.kind]) {
    throw new DomainError(
      'MEETING.BODY_KIND_MISMATCH',
      `The organisation is a ${state.kind}, not a ${body.kind}`,
      'invalid',
      { bodyId: body.id, kind: body.kind, organisationKind: state.kind },
    );
  }
  return {
    exists: true,
    bodyId: body.id,
    kind: body.kind,
    formedOn: state.establishedOn,
    dissolvedOn: state.dissolvedOn,
    // What the body said it keeps from each date on (registered or set since), else what its
    // kind keeps.
    regimes:
      state.regimes.length > 0
        ? state.regimes
        : [{ from: state.establishedOn, records: recordsOfBodyKind(body.kind) }],
  };
}
