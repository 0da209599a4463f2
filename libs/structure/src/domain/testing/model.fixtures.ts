import type { GroupAttached, ModelEstablished } from '../model/model.events';

/**
 * Nynäshamnsmodellen as the NAN AU minutes of 2023-11-06 (§ 42/23) describe it. The seeds give
 * no date or decision for its adoption; the work was under way in 2021, so the specs assume
 * 2021-01-01 and describe the decision rather than invent a case number.
 */
export const nynashamnsmodellen: ModelEstablished = {
  type: 'ModelEstablished',
  data: {
    modelId: 'm-nynashamn',
    name: 'Nynäshamnsmodellen',
    purpose: 'Långsiktigt hälsofrämjande och förebyggande arbete för barn och unga',
    participantIds: ['org-naf', 'org-buf', 'org-sof'],
    principles: [],
    focusAreas: ['Närvaro i förskolan', 'Närvaro i skolan', 'Våldsprevention'],
    adoptedBy: {
      caseNumber: null,
      meetingId: null,
      item: null,
      description: 'Samverkan mellan förvaltningarna NAF, BUF och SOF, inte mellan nämnder',
    },
    establishedOn: '2021-01-01',
    predecessorId: null,
  },
};

export const attached = (
  groupId: string,
  on = '2021-01-01',
  modelId = 'm-nynashamn',
): GroupAttached => ({
  type: 'GroupAttached',
  data: { modelId, groupId, on, fromModelId: null },
});
