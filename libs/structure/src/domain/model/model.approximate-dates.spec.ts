import { given } from '@app/testing';
import { existing } from '../testing/reference.fixtures';
import type { EstablishModel, ModelCommand } from './model.commands';
import { modelDecider as decider } from './model.decider';

/** "Modellen antogs 2021", "SOF lämnade samverkan 2023": a model's dates as the source gives them. */
describe('collaboration model dates as precise as the source', () => {
  const ids = ['org-naf', 'org-sof'];
  const establish = (establishedOn: string): EstablishModel => ({
    type: 'EstablishModel',
    data: {
      modelId: 'm-1',
      name: 'Nynäshamnsmodellen',
      purpose: 'Samverkan kring barn och unga',
      participantIds: ids,
      participants: ids.map((id) => existing(id)),
      adoptedBy: { description: 'Förvaltningscheferna' },
      establishedOn,
    },
  });
  const leave = (on: string): ModelCommand => ({
    type: 'WithdrawParticipant',
    data: { modelId: 'm-1', organisationId: 'org-sof', on },
  });
  const amend = (on: string, name: string): ModelCommand => ({
    type: 'AmendModel',
    data: { modelId: 'm-1', name, on },
  });
  const established = (on: string) => given(decider).when(establish(on)).events();

  it('is established in a year, kept as given', () => {
    expect(established('2021')[0]!.data).toMatchObject({ establishedOn: '2021' });
  });

  it('lets a participant leave in the year it joined, unless certainly not after it', () => {
    given(decider, established('2021-03'))
      .when(leave('2021'))
      .then([expect.objectContaining({ type: 'ParticipantLeft', data: expect.anything() })]);
    given(decider, established('2021-03'))
      .when(leave('2021-02'))
      .thenFails('MODEL.LEFT_BEFORE_JOINED', 'invalid');
    given(decider, established('2021-03-15'))
      .when(leave('2021-03-15'))
      .thenFails('MODEL.LEFT_BEFORE_JOINED', 'invalid');
  });

  it('keeps amendments in order by first possible days; the same year keeps its order', () => {
    const start = established('2021');
    const first = given(decider, start).when(amend('2022', 'Modellen')).events();
    given(decider, [...start, ...first])
      .when(amend('2022', 'Samverkansmodellen'))
      .then([expect.objectContaining({ type: 'ModelAmended' })]);
    given(decider, [...start, ...first])
      .when(amend('2021-12', 'Samverkansmodellen'))
      .thenFails('MODEL.CHANGE_OUT_OF_ORDER', 'invalid');
  });

  it('refuses a date that is no date', () => {
    given(decider).when(establish('våren 2021')).thenFails('MODEL.INVALID_DATE', 'invalid');
  });
});
