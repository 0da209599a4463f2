import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { CommandExecutor } from '@app/event-store';
import type { IdentifiedRequest, ResourceOwners } from '@app/platform';
import {
  agreementAggregate,
  evaluationAggregate,
  indicatorAggregate,
} from '../application/aggregates';

/**
 * Whose an agreement is, for the roles that write only their own organisation's (a head of
 * administration): its parties and every organisation owing one of its assignments, read from
 * its own stream. A draft not yet made belongs to the parties its body names; an indicator not
 * yet defined, to the agreement it names (none found: the command answers its own 4xx).
 */
@Injectable()
export class AgreementOwners implements ResourceOwners {
  constructor(private readonly executor: CommandExecutor) {}

  organisationsOf(tenant: string, request: IdentifiedRequest): Promise<string[] | undefined> {
    const id = request.params.id;
    if (id === undefined) return Promise.resolve(namedParties(request.body));
    return agreementOwners(this.executor, tenant, id);
  }
}

/** An indicator belongs to the agreement it is attached to (named in the body when defined). */
@Injectable()
export class IndicatorOwners implements ResourceOwners {
  constructor(private readonly executor: CommandExecutor) {}

  async organisationsOf(tenant: string, request: IdentifiedRequest): Promise<string[] | undefined> {
    const id = request.params.id;
    if (id === undefined) {
      const agreementId = (request.body as { attachedTo?: { agreementId?: unknown } } | undefined)
        ?.attachedTo?.agreementId;
      return agreementOwners(this.executor, tenant, agreementId);
    }
    if (typeof id !== 'string' || !isUUID(id)) return undefined;
    const { state } = await this.executor.load(tenant, indicatorAggregate, id);
    if (state.status === 'none') return undefined;
    return agreementOwners(this.executor, tenant, state.attachedTo.agreementId);
  }
}

/**
 * An evaluation of an agreement belongs to the agreement's owners; one of a collaboration model
 * is written by those who write for any organisation (a head of administration's is refused).
 */
@Injectable()
export class EvaluationOwners implements ResourceOwners {
  constructor(private readonly executor: CommandExecutor) {}

  async organisationsOf(tenant: string, request: IdentifiedRequest): Promise<string[] | undefined> {
    const id = request.params.id;
    let subject = (request.body as { subject?: { kind?: unknown; id?: unknown } } | undefined)
      ?.subject;
    if (id !== undefined) {
      if (typeof id !== 'string' || !isUUID(id)) return undefined;
      const { state } = await this.executor.load(tenant, evaluationAggregate, id);
      if (state.status === 'none') return undefined;
      subject = state.subject;
    }
    if (subject?.kind === 'agreement') return agreementOwners(this.executor, tenant, subject.id);
    return subject?.kind === 'model' ? [] : undefined;
  }
}

async function agreementOwners(
  executor: CommandExecutor,
  tenant: string,
  id: unknown,
): Promise<string[] | undefined> {
  if (typeof id !== 'string' || !isUUID(id)) return undefined;
  const { state } = await executor.load(tenant, agreementAggregate, id);
  if (state.status === 'none') return undefined;
  const debtors = state.versions.flatMap((v) => v.content.assignments.flatMap((a) => a.owedBy));
  return [...new Set([...state.parties.map((p) => p.organisationId), ...debtors])];
}

/** Undefined when the body names no party: it is refused as invalid, not as forbidden. */
function namedParties(body: unknown): string[] | undefined {
  const parties = (body as { parties?: unknown } | undefined)?.parties;
  const ids = (Array.isArray(parties) ? parties : []).flatMap(
    (party: { organisationId?: unknown }) =>
      typeof party?.organisationId === 'string' ? [party.organisationId] : [],
  );
  return ids.length > 0 ? ids : undefined;
}
