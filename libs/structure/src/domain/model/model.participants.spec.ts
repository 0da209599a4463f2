import { given } from '@app/testing';
import { nynashamnsmodellen as established } from '../testing/model.fixtures';
import { existing } from '../testing/reference.fixtures';
import type { EstablishModel, ModelCommand } from './model.commands';
import { modelDecider as decider } from './model.decider';

const ids = ['org-naf', 'org-buf', 'org-sof'];
const establish = (participants = ids.map((id) => existing(id))): EstablishModel => ({
  type: 'EstablishModel',
  data: {
    modelId: 'm-nynashamn',
    name: 'Nynäshamnsmodellen',
    purpose: 'Samverkan kring barn och unga',
    participantIds: ids,
    participants,
    adoptedBy: { caseNumber: 'NAN/2023/0160/007' },
    establishedOn: '2021-01-01',
  },
});
const add = (organisation: ReturnType<typeof existing> | null): ModelCommand => ({
  type: 'AddParticipant',
  data: { modelId: 'm-nynashamn', organisationId: 'org-kfn', organisation, from: '2024-01-01' },
});

/** A participant is an organisation that exists on the day it starts taking part. */
describe('collaboration model participants: which organisations', () => {
  it('refuses to establish a model with an organisation the handler did not find', () => {
    const error = given(decider)
      .when(establish(ids.slice(0, 2).map((id) => existing(id))))
      .thenFails('MODEL.PARTICIPANT_NOT_FOUND', 'invalid');
    expect(error.details).toEqual({ organisationId: 'org-sof' });
  });

  it('refuses to establish a model with an organisation not active on the day', () => {
    given(decider)
      .when(
        establish([existing('org-naf'), existing('org-buf'), existing('org-sof', '2021-01-02')]),
      )
      .thenFails('MODEL.PARTICIPANT_NOT_ACTIVE', 'invalid');
    given(decider)
      .when(
        establish([
          existing('org-naf'),
          existing('org-buf', undefined, '2021-01-01'),
          existing('org-sof'),
        ]),
      )
      .thenFails('MODEL.PARTICIPANT_NOT_ACTIVE', 'invalid');
  });

  it('refuses to add an organisation that does not exist, or is not active from that day', () => {
    given(decider, [established])
      .when(add(null))
      .thenFails('MODEL.PARTICIPANT_NOT_FOUND', 'invalid');
    given(decider, [established])
      .when(add(existing('org-other')))
      .thenFails('MODEL.PARTICIPANT_NOT_FOUND', 'invalid');
    given(decider, [established])
      .when(add(existing('org-kfn', '2024-02-01')))
      .thenFails('MODEL.PARTICIPANT_NOT_ACTIVE', 'invalid');
    given(decider, [established])
      .when(add(existing('org-kfn', undefined, '2023-12-31')))
      .thenFails('MODEL.PARTICIPANT_NOT_ACTIVE', 'invalid');
  });

  it('adds an organisation established that very day', () => {
    expect(
      given(decider, [established])
        .when(add(existing('org-kfn', '2024-01-01')))
        .events(),
    ).toHaveLength(1);
  });
});
