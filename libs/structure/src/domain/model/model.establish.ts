import { DomainError } from '@app/kernel';
import {
  duplicatesOf,
  optionalText,
  requireDateAsGiven,
  requireId,
  requireText,
} from '../shared/guards';
import { requireActiveOrganisation } from '../shared/references';
import type { AdoptionInput, EstablishModel } from './model.commands';
import type { Adoption, ModelEvent } from './model.events';
import type { ModelState } from './model.state';

const P = 'MODEL';

export function establish(command: EstablishModel, state: ModelState): ModelEvent[] {
  const data = command.data;
  if (state.status !== 'none') {
    throw new DomainError(
      `${P}.ALREADY_ESTABLISHED`,
      'The model is already established',
      'conflict',
      { modelId: state.modelId },
    );
  }
  const participantIds = (data.participantIds ?? []).map((id) => requireId(P, 'participantId', id));
  if (participantIds.length === 0) {
    throw new DomainError(
      `${P}.PARTICIPANTS_REQUIRED`,
      'A collaboration model needs participants',
      'invalid',
    );
  }
  const repeated = duplicatesOf(participantIds);
  if (repeated.length > 0) {
    throw new DomainError(
      `${P}.DUPLICATE_PARTICIPANT`,
      'An organisation is named twice',
      'invalid',
      { organisationIds: repeated },
    );
  }
  const establishedOn = requireDateAsGiven(P, 'establishedOn', data.establishedOn);
  // Every participant is an organisation that exists on the day the model comes into force.
  for (const organisationId of participantIds) {
    const facts = (data.participants ?? []).find((o) => o.organisationId === organisationId);
    requireActiveOrganisation(P, 'PARTICIPANT', organisationId, facts, establishedOn);
  }
  const modelId = requireId(P, 'modelId', data.modelId);
  const predecessorId = optionalText(data.predecessorId);
  if (predecessorId === modelId) {
    throw new DomainError(`${P}.SUCCESSOR_IS_SELF`, 'A model cannot succeed itself', 'invalid');
  }
  return [
    {
      type: 'ModelEstablished',
      data: {
        modelId,
        name: requireText(P, 'name', data.name),
        purpose: requireText(P, 'purpose', data.purpose),
        participantIds,
        principles: texts('principles', data.principles ?? []),
        focusAreas: texts('focusAreas', data.focusAreas ?? []),
        adoptedBy: adoption(data.adoptedBy),
        establishedOn,
        predecessorId,
      },
    },
  ];
}

/** Every model rests on a decision an auditor can trace; an item alone names nothing. */
export function adoption(input: AdoptionInput | null | undefined): Adoption {
  const result = {
    caseNumber: optionalText(input?.caseNumber),
    meetingId: optionalText(input?.meetingId),
    item: optionalText(input?.item),
    description: optionalText(input?.description),
  };
  if (result.caseNumber === null && result.meetingId === null && result.description === null) {
    throw new DomainError(
      `${P}.ADOPTION_REQUIRED`,
      'Name the decision: case number, meeting or description',
      'invalid',
    );
  }
  if (result.item !== null && result.meetingId === null) {
    throw new DomainError(
      `${P}.ITEM_WITHOUT_MEETING`,
      'An item is numbered within a meeting',
      'invalid',
    );
  }
  return result;
}

export function texts(field: string, values: readonly string[]): string[] {
  const result = values.map((value) => requireText(P, field, value));
  const repeated = duplicatesOf(result);
  if (repeated.length > 0) {
    throw new DomainError(`${P}.DUPLICATE_ENTRY`, `${field} names an entry twice`, 'invalid', {
      field,
      entries: repeated,
    });
  }
  return result;
}
