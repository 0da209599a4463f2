import { given } from '@app/testing';
import {
  AUDITORS,
  MEETING,
  held,
  itemFacts,
  person,
  recordItem,
  withItem,
} from '../testing/meeting.fixtures';
import type { AmendItem, ItemFacts, ItemInput } from './meeting.commands';
import { meetingDecider as decider } from './meeting.decider';

const nobody: ItemFacts = { registered: [], organisations: [] };
const amend = (changes: Partial<ItemInput>, facts: ItemFacts = itemFacts): AmendItem => ({
  type: 'AmendItem',
  data: { meetingId: MEETING, itemId: 'item-42', changes, numberTakenBy: null, facts },
});
const reservedBy = (personId: string): Partial<ItemInput> => ({
  decision: { text: 'Beslut', reservations: [{ personId }] },
});

describe('meeting decider: the people and organisations an item names exist', () => {
  it.each<[string, Partial<ItemInput>, string]>([
    ['a presenter', { presentedBy: [person.official, 'p-gone'] }, 'presentedBy'],
    ['a mover', { motions: [{ personId: 'p-gone', text: 'Avslag.' }] }, 'motions.personId'],
    ['a reserver', reservedBy('p-gone'), 'decision.reservations.personId'],
  ])('refuses %s who is not registered, naming the field', (_who, fields, field) => {
    const error = given(decider, held)
      .when(recordItem(fields))
      .thenFails('ITEM.PERSON_NOT_FOUND', 'invalid');
    expect(error.details).toEqual({ field, personIds: ['p-gone'] });
  });

  it('refuses a recipient organisation that does not exist, or not on the day of the meeting', () => {
    const error = given(decider, held)
      .when(recordItem({ recipients: [{ name: 'Revisorerna', organisationId: 'org-gone' }] }))
      .thenFails('ITEM.ORGANISATION_NOT_FOUND', 'invalid');
    expect(error.details).toEqual({
      field: 'recipients.organisationId',
      organisationId: 'org-gone',
    });
    const dissolved = {
      ...itemFacts,
      organisations: [
        { organisationId: AUDITORS, establishedOn: '2019-01-01', dissolvedOn: '2020' },
      ],
    };
    given(decider, held)
      .when(
        recordItem({
          recipients: [{ name: 'Revisorerna', organisationId: AUDITORS }],
          facts: dissolved,
        }),
      )
      .thenFails('ITEM.ORGANISATION_NOT_ACTIVE', 'invalid');
  });

  it('refuses a proposal made by an organisation that does not exist', () => {
    const error = given(decider, held)
      .when(
        recordItem({ proposal: { text: 'Förvaltningens förslag', organisationId: 'org-gone' } }),
      )
      .thenFails('ITEM.ORGANISATION_NOT_FOUND', 'invalid');
    expect(error.details).toEqual({ field: 'proposal.organisationId', organisationId: 'org-gone' });
  });

  it('records an item whose people are registered and whose recipients exist', () => {
    const [recorded] = given(decider, held)
      .when(
        recordItem({
          presentedBy: [person.official],
          motions: [{ personId: person.chair, text: 'Bifall.' }],
          decision: { text: 'Beslut', reservations: [{ personId: person.member }] },
          recipients: [{ name: 'Akten' }, { name: 'Revisorerna', organisationId: AUDITORS }],
        }),
      )
      .events();
    expect(recorded.type).toBe('ItemRecorded');
  });

  it('refuses an amendment naming someone not registered', () => {
    const error = given(decider, withItem)
      .when(amend(reservedBy('p-gone')))
      .thenFails('ITEM.PERSON_NOT_FOUND', 'invalid');
    expect(error.details).toEqual({
      field: 'decision.reservations.personId',
      personIds: ['p-gone'],
    });
    given(decider, withItem)
      .when(amend({ recipients: [{ name: 'X', organisationId: 'org-gone' }] }))
      .thenFails('ITEM.ORGANISATION_NOT_FOUND', 'invalid');
  });

  it('checks only the names an amendment adds: what the item named before stays', () => {
    const named = given(decider, held)
      .when(recordItem({ presentedBy: [person.official] }))
      .events();
    // Nobody is found now (say, an item recorded before this rule): a new title still goes.
    const [amended] = given(decider, [...held, ...named])
      .when(amend({ title: 'Ny rubrik', presentedBy: [person.official] }, nobody))
      .events();
    expect(amended.type).toBe('ItemAmended');
  });

  it('refuses a command without the facts: nobody is known', () => {
    given(decider, held)
      .when(
        recordItem({ presentedBy: [person.official], facts: undefined as unknown as ItemFacts }),
      )
      .thenFails('ITEM.PERSON_NOT_FOUND');
  });
});
