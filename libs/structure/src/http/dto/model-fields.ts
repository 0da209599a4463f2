import type { EstablishModelInput } from '../../application';
import type { ModelFieldsDto } from './model.dto';

/** Field by field, so that nothing but the model's own fields reaches the command. */
export function toModelFields(body: ModelFieldsDto): EstablishModelInput {
  const { name, purpose, participantIds, principles, focusAreas, adoptedBy, establishedOn } = body;
  const { caseNumber, meetingId, item, description } = adoptedBy;
  return {
    name,
    purpose,
    participantIds,
    principles,
    focusAreas,
    adoptedBy: { caseNumber, meetingId, item, description },
    establishedOn,
  };
}
