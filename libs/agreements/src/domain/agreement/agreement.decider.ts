import {
  certainlyBefore,
  certainlyNotAfter,
  DomainError,
  duplicatesOf,
  earliestDay,
  latestDay,
  notPlacedAfter,
  optionalText,
  requireDateAsGiven,
  requireOneOf,
  requireText,
  type DateAsGiven,
  type Decider,
} from '@app/kernel';
import type { OrganisationFacts } from '../shared/facts';
import type {
  AgreementCommand,
  DraftAgreement,
  RecordFollowUp,
  ReviseAgreement,
} from './agreement.commands';
import { PARTY_ROLES, REPORT_FORMS, type Party } from './agreement.content';
import {
  P,
  assignmentOf,
  decisionOf,
  economyOf,
  followUpPlanOf,
  goalOf,
  partsOf,
  requireFollowUpsInside,
  requireValidity,
  sectionsOf,
  textsOf,
} from './agreement.checks';
import { FOLLOW_UP_OUTCOMES, type AgreementEvent, type RevisionChanges } from './agreement.events';
import {
  evolveAgreement,
  followUpKey,
  mayBeInForce,
  scheduledFollowUps,
  statusAsOf,
  versionAsOf,
  type Agreement,
  type AgreementState,
} from './agreement.state';
import { revisedContent } from './revision';

/**
 * One stream per agreement: drafted with its parties and sections, given its assignments,
 * economy and goals, adopted by a decision, revised from dates while in force, followed up on
 * the dates it schedules, and ended.
 */
export const agreementDecider: Decider<AgreementCommand, AgreementEvent, AgreementState> = {
  initialState: { status: 'none' },
  evolve: evolveAgreement,
  decide,
};

function decide(command: AgreementCommand, state: AgreementState): AgreementEvent[] {
  if (command.type === 'DraftAgreement') return [draft(command, state)];
  const agreement = existing(state, command.data.agreementId);
  const agreementId = agreement.agreementId;
  switch (command.type) {
    case 'AddAgreementAssignment': {
      const content = drafting(agreement).content;
      const assignment = assignmentOf(command.data.assignment);
      if (content.assignments.some((a) => a.assignmentId === assignment.assignmentId)) {
        throw new DomainError(`${P}.ASSIGNMENT_REPEATED`, 'Already in the agreement', 'conflict');
      }
      if (assignment.owedBy.length === 0) {
        throw new DomainError(`${P}.OWED_BY_REQUIRED`, 'Someone owes the assignment', 'invalid');
      }
      requireFollowUpsInside({ ...content, assignments: [assignment] });
      return [{ type: 'AgreementAssignmentAdded', data: { agreementId, assignment } }];
    }
    case 'SetAgreementEconomy': {
      const content = drafting(agreement).content;
      const economy = economyOf(command.data.economy);
      const economicFollowUps = followUpPlanOf(command.data.economicFollowUps);
      requireFollowUpsInside({ ...content, assignments: [], economicFollowUps });
      return [{ type: 'AgreementEconomySet', data: { agreementId, economy, economicFollowUps } }];
    }
    case 'AddAgreementGoal': {
      const content = drafting(agreement).content;
      const goal = goalOf(command.data.goal);
      if (content.goals.some((g) => g.goalId === goal.goalId)) {
        throw new DomainError(`${P}.GOAL_REPEATED`, 'A goal with that id is there', 'conflict');
      }
      return [{ type: 'AgreementGoalAdded', data: { agreementId, goal } }];
    }
    case 'AdoptAgreement': {
      const { validTo } = drafting(agreement).content;
      const adoptedOn = requireDateAsGiven(P, 'adoptedOn', command.data.adoptedOn);
      // "Signed 2019": refused only when certainly before the draft or after the validity.
      if (certainlyBefore(adoptedOn, agreement.draftedOn) || certainlyBefore(validTo, adoptedOn)) {
        throw new DomainError(
          `${P}.ADOPTION_DATE`,
          `Adopted between the draft (${agreement.draftedOn}) and the end of validity (${validTo})`,
          'invalid',
          { adoptedOn },
        );
      }
      const decision = decisionOf(command.data.decision);
      return [{ type: 'AgreementAdopted', data: { agreementId, adoptedOn, decision } }];
    }
    case 'ReviseAgreement':
      return [revise(command, agreement)];
    case 'RecordFollowUp':
      return [recordFollowUp(command, agreement)];
    case 'TerminateAgreement': {
      const terminatedOn = requireDateAsGiven(P, 'terminatedOn', command.data.terminatedOn);
      requireInForce(agreement, terminatedOn);
      const why = requireText(P, 'why', command.data.why);
      return [{ type: 'AgreementTerminated', data: { agreementId, terminatedOn, why } }];
    }
    default: {
      const _never: never = command;
      return _never;
    }
  }
}

function draft(command: DraftAgreement, state: AgreementState): AgreementEvent {
  const data = command.data;
  if (state.status !== 'none') {
    throw new DomainError(`${P}.ALREADY_DRAFTED`, 'The agreement exists', 'conflict');
  }
  const validFrom = requireDateAsGiven(P, 'validFrom', data.validFrom);
  const validTo = requireDateAsGiven(P, 'validTo', data.validTo);
  requireValidity(validFrom, validTo);
  return {
    type: 'AgreementDrafted',
    data: {
      agreementId: requireText(P, 'agreementId', data.agreementId),
      parties: partiesOf(data.parties, data.partyFacts, validFrom),
      draftedOn: requireDateAsGiven(P, 'draftedOn', data.draftedOn),
      content: {
        title: requireText(P, 'title', data.title),
        validFrom,
        validTo,
        scope: textsOf('scope', data.scope),
        sections: sectionsOf(data.sections),
      },
    },
  };
}

/**
 * A board and an administration, or administrations between themselves: at least one party
 * orders (principal) and one carries out (provider), each named once, each an organisation
 * that exists and is active when the agreement starts.
 */
function partiesOf(value: unknown, facts: OrganisationFacts[] | undefined, on: string): Party[] {
  const parties = (Array.isArray(value) ? (value as Party[]) : []).map((p) => ({
    organisationId: requireText(P, 'organisationId', p?.organisationId),
    role: requireOneOf(P, 'role', PARTY_ROLES, p?.role),
    representative: requireText(P, 'representative', p?.representative),
  }));
  if (!PARTY_ROLES.every((role) => parties.some((p) => p.role === role))) {
    throw new DomainError(
      `${P}.PARTIES_REQUIRED`,
      'An agreement has a principal and a provider',
      'invalid',
    );
  }
  const repeated = duplicatesOf(parties.map((p) => p.organisationId));
  if (repeated.length > 0) {
    throw new DomainError(`${P}.PARTY_REPEATED`, 'Each party once', 'invalid', {
      organisationIds: repeated,
    });
  }
  for (const { organisationId } of parties) {
    const found = facts?.find((f) => f.organisationId === organisationId);
    if (!found) {
      throw new DomainError(`${P}.PARTY_NOT_FOUND`, 'No such organisation', 'invalid', {
        organisationId,
      });
    }
    // Refused only when certainly outside its life (an organisation established "2020").
    if (
      certainlyBefore(on, found.establishedOn) ||
      (found.dissolvedOn !== null && certainlyNotAfter(found.dissolvedOn, on))
    ) {
      throw new DomainError(
        `${P}.PARTY_NOT_ACTIVE`,
        `The party is not active on ${on}`,
        'invalid',
        { organisationId, on, establishedOn: found.establishedOn, dissolvedOn: found.dissolvedOn },
      );
    }
  }
  return parties;
}

/** A revision is a new version from a date while the agreement is in force; both are kept. */
function revise(command: ReviseAgreement, agreement: Agreement): AgreementEvent {
  const data = command.data;
  const effectiveFrom = requireDateAsGiven(P, 'effectiveFrom', data.effectiveFrom);
  requireInForce(agreement, effectiveFrom);
  const previous = agreement.versions.at(-1)!;
  // A revision follows the version it revises; two in the same month or year keep their order.
  if (notPlacedAfter(effectiveFrom, previous.effectiveFrom)) {
    throw new DomainError(
      `${P}.REVISION_NOT_AFTER_PREVIOUS`,
      `Version ${previous.version} is in force from ${previous.effectiveFrom}`,
      'invalid',
      { effectiveFrom, previousFrom: previous.effectiveFrom },
    );
  }
  const changes = changesOf(
    data.changes,
    previous.content.assignments.map((a) => a.assignmentId),
  );
  const content = revisedContent(previous.content, changes);
  requireValidity(content.validFrom, content.validTo);
  requireFollowUpsInside(content);
  return {
    type: 'AgreementRevised',
    data: {
      agreementId: agreement.agreementId,
      version: previous.version + 1,
      effectiveFrom,
      reason: requireText(P, 'reason', data.reason),
      decision: data.decision ? decisionOf(data.decision) : null,
      changes,
    },
  };
}

function changesOf(value: RevisionChanges | undefined, assignmentIds: string[]): RevisionChanges {
  const changes: RevisionChanges = {};
  if (value?.validTo !== undefined)
    changes.validTo = requireDateAsGiven(P, 'validTo', value.validTo);
  if (value?.scope !== undefined) changes.scope = textsOf('scope', value.scope);
  if (value?.sections !== undefined) changes.sections = sectionsOf(value.sections);
  if (value?.economy !== undefined) changes.economy = economyOf(value.economy);
  if (value?.economicFollowUps !== undefined) {
    changes.economicFollowUps = followUpPlanOf(value.economicFollowUps);
  }
  if (value?.goals !== undefined) changes.goals = (value.goals ?? []).map(goalOf);
  if (value?.assignments !== undefined) {
    changes.assignments = (value.assignments ?? []).map((a) => {
      const assignmentId = requireText(P, 'assignmentId', a?.assignmentId);
      if (!assignmentIds.includes(assignmentId)) {
        throw new DomainError(`${P}.ASSIGNMENT_NOT_FOUND`, 'Not in the agreement', 'invalid', {
          assignmentId,
        });
      }
      return { assignmentId, parts: partsOf(a.parts), followUps: followUpPlanOf(a.followUps) };
    });
  }
  if (Object.keys(changes).length === 0) {
    throw new DomainError(`${P}.NOTHING_REVISED`, 'A revision changes something', 'invalid');
  }
  return changes;
}

/**
 * A scheduled follow-up, delivered or missed. It must be one the version in force on its date
 * schedules, for an assignment that version has.
 */
function recordFollowUp(command: RecordFollowUp, agreement: Agreement): AgreementEvent {
  const data = command.data;
  if (!agreement.adoption) {
    throw new DomainError(`${P}.NOT_ADOPTED`, 'Follow-ups follow an adopted agreement', 'conflict');
  }
  const dueOn = requireDateAsGiven(P, 'dueOn', data.dueOn);
  const assignmentId = optionalText(data.assignmentId);
  // A follow-up known to the month or year is due at its end: the version in force then plans it.
  const content = versionAsOf(agreement, latestDay(dueOn)).content;
  if (assignmentId !== null && !content.assignments.some((a) => a.assignmentId === assignmentId)) {
    throw new DomainError(
      `${P}.ASSIGNMENT_NOT_IN_FORCE`,
      `The version in force on ${dueOn} has no such assignment`,
      'invalid',
      { assignmentId, dueOn },
    );
  }
  const key = followUpKey(assignmentId, dueOn);
  if (!scheduledFollowUps(agreement, content).some((f) => f.key === key)) {
    throw new DomainError(
      `${P}.FOLLOW_UP_NOT_SCHEDULED`,
      `Nothing is scheduled for ${dueOn}`,
      'invalid',
      { assignmentId, dueOn },
    );
  }
  if (agreement.followUps[key]) {
    throw new DomainError(`${P}.FOLLOW_UP_ALREADY_RECORDED`, 'Already recorded', 'conflict', {
      assignmentId,
      dueOn,
    });
  }
  const outcome = requireOneOf(P, 'outcome', FOLLOW_UP_OUTCOMES, data.outcome);
  const on = requireDateAsGiven(P, 'on', data.on);
  if (outcome === 'missed' && certainlyNotAfter(on, latestDay(dueOn))) {
    throw new DomainError(`${P}.MISSED_BEFORE_DUE`, 'Missed only after its date', 'invalid');
  }
  const meetingId = optionalText(data.meetingId);
  const itemId = optionalText(data.itemId);
  if (itemId !== null && meetingId === null) {
    throw new DomainError(
      `${P}.ITEM_WITHOUT_MEETING`,
      'An item is named with its meeting',
      'invalid',
    );
  }
  const delivered = outcome === 'delivered';
  return {
    type: 'FollowUpRecorded',
    data: {
      agreementId: agreement.agreementId,
      assignmentId,
      dueOn,
      outcome,
      on,
      form: delivered ? requireOneOf(P, 'form', REPORT_FORMS, data.form) : null,
      meetingId: delivered ? meetingId : null,
      itemId: delivered ? itemId : null,
      documentReference: delivered ? optionalText(data.documentReference) : null,
      summary: optionalText(data.summary),
    },
  };
}

function existing(state: AgreementState, agreementId: string): Agreement {
  if (state.status === 'none') {
    throw new DomainError(`${P}.NOT_FOUND`, 'No such agreement', 'not-found', { agreementId });
  }
  return state;
}

/** Parts are added to a draft; an adopted agreement changes only by revision. */
function drafting(agreement: Agreement) {
  if (agreement.adoption || agreement.termination) {
    throw new DomainError(
      `${P}.NOT_DRAFT`,
      'The agreement is adopted: change it by a revision',
      'conflict',
    );
  }
  return agreement.versions[0]!;
}

/** Refused only when the agreement is certainly not in force on any day `on` may be. */
function requireInForce(agreement: Agreement, on: DateAsGiven): void {
  if (!mayBeInForce(agreement, on)) {
    const status = statusAsOf(agreement, earliestDay(on));
    throw new DomainError(`${P}.NOT_IN_FORCE`, `The agreement is ${status} on ${on}`, 'conflict', {
      status,
      on,
    });
  }
}
