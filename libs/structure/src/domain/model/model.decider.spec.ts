import { given } from '@app/testing';
import { attached, nynashamnsmodellen as established } from '../testing/model.fixtures';
import { existing } from '../testing/reference.fixtures';
import type { EstablishModel, ModelCommand } from './model.commands';
import { modelDecider as decider } from './model.decider';
import { validFromOfModelEvent, type ModelEvent } from './model.events';

const establish = (data: Partial<EstablishModel['data']> = {}): EstablishModel => ({
  type: 'EstablishModel',
  data: {
    modelId: 'm-nynashamn',
    name: 'Nynäshamnsmodellen',
    purpose: 'Långsiktigt hälsofrämjande och förebyggande arbete för barn och unga',
    participantIds: ['org-naf', 'org-buf', 'org-sof'],
    participants: ['org-naf', 'org-buf', 'org-sof'].map((id) => existing(id)),
    focusAreas: ['Närvaro i förskolan', 'Närvaro i skolan', 'Våldsprevention'],
    adoptedBy: {
      description: 'Samverkan mellan förvaltningarna NAF, BUF och SOF, inte mellan nämnder',
    },
    establishedOn: '2021-01-01',
    ...data,
  },
});
const command = (type: ModelCommand['type'], data: Record<string, unknown>) =>
  ({ type, data: { modelId: 'm-nynashamn', ...data } }) as ModelCommand;
const retired: ModelEvent = {
  type: 'ModelRetired',
  data: { modelId: 'm-nynashamn', on: '2025-01-01' },
};

describe('collaboration model decider', () => {
  describe('EstablishModel', () => {
    it('establishes a model with its participants, focus areas and the decision behind it', () => {
      given(decider).when(establish()).then([established]);
    });

    it.each([
      ['no participants', { participantIds: [] }, 'MODEL.PARTICIPANTS_REQUIRED'],
      [
        'a participant twice',
        { participantIds: ['org-naf', 'org-naf'] },
        'MODEL.DUPLICATE_PARTICIPANT',
      ],
      ['no decision', { adoptedBy: {} }, 'MODEL.ADOPTION_REQUIRED'],
      [
        'an item without its meeting',
        { adoptedBy: { caseNumber: 'X/1', item: '§ 1/24' } },
        'MODEL.ITEM_WITHOUT_MEETING',
      ],
      ['a focus area twice', { focusAreas: ['Brott', 'Brott'] }, 'MODEL.DUPLICATE_ENTRY'],
      ['a blank purpose', { purpose: '' }, 'MODEL.PURPOSE_REQUIRED'],
      ['an impossible date', { establishedOn: '2021-02-29' }, 'MODEL.INVALID_DATE'],
      ['itself as predecessor', { predecessorId: 'm-nynashamn' }, 'MODEL.SUCCESSOR_IS_SELF'],
    ])('refuses %s', (_what, data, code) => {
      given(decider).when(establish(data)).thenFails(code, 'invalid');
    });

    it('accepts a decision named by meeting and item', () => {
      const adoptedBy = { meetingId: 'meeting-1', item: '§ 42/23' };
      expect(given(decider).when(establish({ adoptedBy })).events()[0]!.data).toMatchObject({
        adoptedBy: { caseNumber: null, meetingId: 'meeting-1', item: '§ 42/23', description: null },
      });
    });

    it('refuses to establish a model twice', () => {
      given(decider, [established])
        .when(establish())
        .thenFails('MODEL.ALREADY_ESTABLISHED', 'conflict');
    });
  });

  describe('participants', () => {
    const add = (organisationId: string, from: string) =>
      command('AddParticipant', { organisationId, organisation: existing(organisationId), from });
    const withdraw = (organisationId: string, on: string) =>
      command('WithdrawParticipant', { organisationId, on });

    it('adds a participant from a date, and lets one leave', () => {
      given(decider, [established])
        .when(add('org-kfn', '2024-01-01'))
        .then([
          {
            type: 'ParticipantAdded',
            data: { modelId: 'm-nynashamn', organisationId: 'org-kfn', from: '2024-01-01' },
          },
        ]);
      given(decider, [established])
        .when(withdraw('org-sof', '2024-01-01'))
        .then([
          {
            type: 'ParticipantLeft',
            data: { modelId: 'm-nynashamn', organisationId: 'org-sof', on: '2024-01-01' },
          },
        ]);
    });

    it('refuses a participant twice, before the model, and a leave on or before the join', () => {
      given(decider, [established])
        .when(add('org-naf', '2024-01-01'))
        .thenFails('MODEL.ALREADY_PARTICIPANT', 'conflict');
      given(decider, [established])
        .when(add('org-kfn', '2020-01-01'))
        .thenFails('MODEL.BEFORE_ESTABLISHMENT', 'invalid');
      given(decider, [established])
        .when(withdraw('org-sof', '2021-01-01'))
        .thenFails('MODEL.LEFT_BEFORE_JOINED', 'invalid');
    });

    it('lets an organisation rejoin from the day it left, but not earlier', () => {
      const left: ModelEvent = {
        type: 'ParticipantLeft',
        data: { modelId: 'm-nynashamn', organisationId: 'org-sof', on: '2022-01-01' },
      };
      expect(
        given(decider, [established, left]).when(add('org-sof', '2022-01-01')).events(),
      ).toHaveLength(1);
      given(decider, [established, left])
        .when(add('org-sof', '2021-06-01'))
        .thenFails('MODEL.ALREADY_PARTICIPANT');
      given(decider, [established, left])
        .when(withdraw('org-sof', '2023-01-01'))
        .thenFails('MODEL.NOT_A_PARTICIPANT', 'conflict');
    });

    it('refuses to let the last participant leave', () => {
      const leave = (organisationId: string): ModelEvent => ({
        type: 'ParticipantLeft',
        data: { modelId: 'm-nynashamn', organisationId, on: '2022-01-01' },
      });
      given(decider, [established, leave('org-naf'), leave('org-buf')])
        .when(withdraw('org-sof', '2023-01-01'))
        .thenFails('MODEL.LAST_PARTICIPANT', 'conflict');
    });
  });

  describe('AmendModel', () => {
    it('records only what changed, with the decision behind it', () => {
      given(decider, [established])
        .when(
          command('AmendModel', {
            name: 'Nynäshamnsmodellen',
            focusAreas: ['Närvaro i skolan'],
            decidedBy: { caseNumber: 'NAN/2023/0160/007' },
            on: '2023-11-06',
          }),
        )
        .then([
          {
            type: 'ModelAmended',
            data: {
              modelId: 'm-nynashamn',
              changes: { focusAreas: ['Närvaro i skolan'] },
              decidedBy: {
                caseNumber: 'NAN/2023/0160/007',
                meetingId: null,
                item: null,
                description: null,
              },
              on: '2023-11-06',
            },
          },
        ]);
    });

    it('refuses an amendment that changes nothing, or dated not after the last one', () => {
      given(decider, [established])
        .when(command('AmendModel', { name: 'Nynäshamnsmodellen', on: '2023-01-01' }))
        .thenFails('MODEL.NOTHING_TO_AMEND');
      given(decider, [established])
        .when(command('AmendModel', { name: 'X', on: '2021-01-01' }))
        .thenFails('MODEL.CHANGE_OUT_OF_ORDER');
      given(decider, [established])
        .when(command('AmendModel', { name: 'X', on: '2020-01-01' }))
        .thenFails('MODEL.BEFORE_ESTABLISHMENT');
    });
  });

  it('dates every event for the envelope', () => {
    expect([established, attached('g', '2022-02-02'), retired].map(validFromOfModelEvent)).toEqual([
      '2021-01-01',
      '2022-02-02',
      '2025-01-01',
    ]);
  });
});
