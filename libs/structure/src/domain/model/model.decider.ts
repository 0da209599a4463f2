import { DomainError, type Decider } from '@app/kernel';
import {
  certainlyNotAfter,
  latest,
  optionalText,
  earliestDay,
  latestDay,
  type DateAsGiven,
  type Period,
  requireDateAsGiven,
  requireId,
  requireOneOf,
  requireText,
} from '../shared/guards';
import type { ModelCommand } from './model.commands';
import type { ModelEvent } from './model.events';
import { requireActiveOrganisation } from '../shared/references';
import { adoption, establish, texts } from './model.establish';
import { checkPlan, checkSuccessor } from './model.replacement';
import { active, after, endsAfter, notBeforeEstablishment } from './model.rules';
import { evolveModel, openPeriodOf, type ModelFacts, type ModelState } from './model.state';

const P = 'MODEL';

export const modelDecider: Decider<ModelCommand, ModelEvent, ModelState> = {
  initialState: { status: 'none' },
  evolve: evolveModel,
  decide,
};

function decide(command: ModelCommand, state: ModelState): ModelEvent[] {
  if (command.type === 'EstablishModel') return establish(command, state);
  const model = active(state, command.data.modelId);
  const modelId = model.modelId;
  switch (command.type) {
    case 'AddParticipant': {
      const organisationId = requireId(P, 'organisationId', command.data.organisationId);
      const from = notBeforeEstablishment(model, requireDateAsGiven(P, 'from', command.data.from));
      const { organisation } = command.data;
      requireActiveOrganisation(P, 'PARTICIPANT', organisationId, organisation, from);
      const clash = (model.participants[organisationId] ?? []).find((period) =>
        mayStillTakePart(period, from),
      );
      if (clash) {
        throw new DomainError(
          `${P}.ALREADY_PARTICIPANT`,
          clash.to === null
            ? 'The organisation already takes part'
            : `The organisation may still take part then: it left on ${clash.to}`,
          'conflict',
          { organisationId, ...clash },
        );
      }
      return [{ type: 'ParticipantAdded', data: { modelId, organisationId, from } }];
    }
    case 'WithdrawParticipant': {
      const organisationId = requireId(P, 'organisationId', command.data.organisationId);
      // An end: checked against the start below, which is never before the establishment.
      const on = requireDateAsGiven(P, 'on', command.data.on);
      const current = openPeriodOf(model, organisationId);
      if (!current) {
        // Also when it took part once: an ended period ends only once.
        const left = model.participants[organisationId]?.at(-1)?.to ?? null;
        throw new DomainError(
          `${P}.NOT_A_PARTICIPANT`,
          left
            ? `The organisation left the model on ${left}`
            : 'The organisation does not take part in the model',
          'conflict',
          { organisationId, left },
        );
      }
      // An end is refused only when certainly not after the start ("2021" after 2021-03-01).
      if (certainlyNotAfter(on, current.from)) {
        throw new DomainError(
          `${P}.LEFT_BEFORE_JOINED`,
          `The organisation joined on ${current.from}`,
          'invalid',
          {
            from: current.from,
          },
        );
      }
      const remaining = Object.keys(model.participants).filter((id) => openPeriodOf(model, id));
      if (remaining.length === 1) {
        throw new DomainError(
          `${P}.LAST_PARTICIPANT`,
          'A model needs at least one participant; retire it instead',
          'conflict',
        );
      }
      return [{ type: 'ParticipantLeft', data: { modelId, organisationId, on } }];
    }
    case 'AmendModel': {
      const data = command.data;
      const on = after(
        model,
        latest(model.establishedOn, model.amendedOn),
        requireDateAsGiven(P, 'on', data.on),
      );
      const changes: Extract<ModelEvent, { type: 'ModelAmended' }>['data']['changes'] = {};
      if (data.name !== undefined) changes.name = requireText(P, 'name', data.name);
      if (data.purpose !== undefined) changes.purpose = requireText(P, 'purpose', data.purpose);
      if (data.principles !== undefined) changes.principles = texts('principles', data.principles);
      if (data.focusAreas !== undefined) changes.focusAreas = texts('focusAreas', data.focusAreas);
      const changed = Object.entries(changes).filter(
        ([key, value]) => !same(value, model[key as keyof ModelFacts]),
      );
      if (changed.length === 0) {
        throw new DomainError(`${P}.NOTHING_TO_AMEND`, 'The amendment changes nothing', 'invalid');
      }
      const decidedBy = data.decidedBy ? adoption(data.decidedBy) : null;
      return [
        {
          type: 'ModelAmended',
          data: { modelId, changes: Object.fromEntries(changed), decidedBy, on },
        },
      ];
    }
    case 'AttachGroup': {
      const groupId = requireId(P, 'groupId', command.data.groupId);
      const on = notBeforeEstablishment(model, requireDateAsGiven(P, 'on', command.data.on));
      if (model.groups[groupId] !== undefined) {
        throw new DomainError(
          `${P}.GROUP_ALREADY_ATTACHED`,
          'The group already belongs to the model',
          'conflict',
          { groupId },
        );
      }
      return [
        {
          type: 'GroupAttached',
          data: { modelId, groupId, on, fromModelId: optionalText(command.data.fromModelId) },
        },
      ];
    }
    case 'DetachGroup': {
      const groupId = requireId(P, 'groupId', command.data.groupId);
      const cause = requireOneOf(
        P,
        'cause',
        ['dissolved', 'merged', 'left'] as const,
        command.data.cause,
      );
      const attachedOn = model.groups[groupId];
      if (attachedOn === undefined) {
        throw new DomainError(
          `${P}.GROUP_NOT_ATTACHED`,
          'The group does not belong to the model',
          'conflict',
          { groupId },
        );
      }
      const on = endsAfter(model, attachedOn, requireDateAsGiven(P, 'on', command.data.on));
      return [{ type: 'GroupDetached', data: { modelId, groupId, on, cause } }];
    }
    case 'ReplaceModel': {
      const data = command.data;
      const successorId = requireId(P, 'successorId', data.successorId);
      const effectiveOn = after(
        model,
        model.lastChangeOn,
        requireDateAsGiven(P, 'effectiveOn', data.effectiveOn),
      );
      const successor = checkSuccessor(model, successorId, data.successor, effectiveOn);
      const groups = checkPlan(model, successor, data.groups ?? []);
      return [{ type: 'ModelReplaced', data: { modelId, successorId, effectiveOn, groups } }];
    }
    case 'RetireModel': {
      const on = after(model, model.lastChangeOn, requireDateAsGiven(P, 'on', command.data.on));
      const groupIds = Object.keys(model.groups);
      if (groupIds.length > 0) {
        throw new DomainError(
          `${P}.HAS_GROUPS`,
          'Dissolve or move the groups before retiring the model',
          'conflict',
          { groupIds },
        );
      }
      return [{ type: 'ModelRetired', data: { modelId, on } }];
    }
    default: {
      const _never: never = command;
      return _never;
    }
  }
}

/**
 * A period joined from `from` would overlap `period`: it is still open, or it may not have ended
 * by then. An organisation joins again from its leaving's last possible day (left "2022": from
 * 2022-12-31 or "2023", not "2022-06"), where the read model ends the earlier period, so that no
 * day shows it taking part twice.
 */
function mayStillTakePart(period: Period, from: DateAsGiven): boolean {
  return period.to === null || earliestDay(from) < latestDay(period.to);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
