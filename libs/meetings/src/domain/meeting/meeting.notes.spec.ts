import { given, run } from '@app/testing';
import {
  MEETING,
  approve,
  bodyFacts,
  person,
  postNotice,
  recordHeld,
  recordItem,
  schedule,
} from '../testing/meeting.fixtures';
import type { CounterSignNotes, DeliverNotes } from './meeting.commands';
import { meetingDecider as decider } from './meeting.decider';

/** A preparatory committee keeps notes: items numbered within the meeting, counter-signed. */
const notesBody = bodyFacts({
  kind: 'preparatory-committee',
  regimes: [{ from: '2019-01-01', records: 'notes' }],
});
const scheduleNotes = schedule({ body: notesBody });
const heldNotes = run(decider, [scheduleNotes, recordHeld()]);

const counterSign = (over: Partial<CounterSignNotes['data']> = {}): CounterSignNotes => ({
  type: 'CounterSignNotes',
  data: {
    meetingId: MEETING,
    signedBy: person.chair,
    counterSignedBy: person.member,
    counterSignedOn: '2023-11-10',
    registered: Object.values(person),
    ...over,
  },
});
const kommunstyrelsen = {
  organisationId: 'org-ks',
  establishedOn: '2019-01-01',
  dissolvedOn: '2023-12',
};
const deliver = (over: Partial<DeliverNotes['data']> = {}): DeliverNotes => ({
  type: 'DeliverNotes',
  data: {
    meetingId: MEETING,
    to: { name: 'Kommunstyrelsen', organisationId: 'org-ks' },
    deliveredOn: '2023-11-20',
    recipient: kommunstyrelsen,
    ...over,
  },
});
const counterSigned = run(decider, [counterSign()], heldNotes);

describe('meeting decider: notes (minnesanteckningar)', () => {
  it('keeps the regime the body keeps', () => {
    const [event] = given(decider).when(scheduleNotes).events();
    expect(event).toMatchObject({ type: 'MeetingScheduled', data: { records: 'notes' } });
  });

  it('numbers items within the meeting, with no year and no register', () => {
    const [event] = given(decider, heldNotes)
      .when(recordItem({ number: 3 }))
      .events();
    expect(event).toMatchObject({ data: { item: { number: 3, year: null } } });
  });

  it('refuses a year on a note item, and a number used twice in the meeting', () => {
    given(decider, heldNotes)
      .when(recordItem({ number: 3, year: 2023 }))
      .thenFails('ITEM.YEAR_IN_NOTES', 'invalid');
    const withThree = run(decider, [recordItem({ number: 3 })], heldNotes);
    const taken = given(decider, [...heldNotes, ...withThree])
      .when(recordItem({ number: 3 }, 'item-43'))
      .thenFails('ITEM.NUMBER_TAKEN', 'conflict');
    // Said as the notes number it: no § and no year (it once read "§ 3/00").
    expect(taken.message).toBe('Item 3 is already used in this meeting');
  });

  it('counter-signs: the chair signs, another member counter-signs on or after the meeting', () => {
    given(decider, heldNotes)
      .when(counterSign())
      .then([
        {
          type: 'NotesCounterSigned',
          data: {
            meetingId: MEETING,
            signedBy: person.chair,
            counterSignedBy: person.member,
            counterSignedOn: '2023-11-10',
          },
        },
      ]);
  });

  it.each([
    ['before the meeting', counterSign({ counterSignedOn: '2023-11-05' }), 'NOTES.BEFORE_MEETING'],
    ['by the signer', counterSign({ counterSignedBy: person.chair }), 'NOTES.SIGNER_TWICE'],
    ['by someone absent', counterSign({ counterSignedBy: person.outsider }), 'NOTES.SIGNER_ABSENT'],
    [
      'by someone not registered',
      counterSign({ registered: [person.chair] }),
      'NOTES.PERSON_NOT_FOUND',
    ],
  ])('refuses counter-signing %s', (_what, command, code) => {
    given(decider, heldNotes).when(command).thenFails(code, 'invalid');
  });

  it('refuses a guest as counter-signer', () => {
    const withGuest = run(decider, [
      scheduleNotes,
      recordHeld({
        attendance: [
          { personId: person.chair, capacity: 'official', office: 'chair' },
          { personId: person.outsider, capacity: 'guest' },
        ],
      }),
    ]);
    given(decider, withGuest)
      .when(counterSign({ counterSignedBy: person.outsider }))
      .thenFails('NOTES.COUNTER_SIGNER_NOT_MEMBER', 'invalid');
  });

  it('refuses counter-signing before the sitting, twice, or of minutes', () => {
    given(decider, run(decider, [scheduleNotes]))
      .when(counterSign())
      .thenFails('NOTES.MEETING_NOT_HELD', 'conflict');
    given(decider, [...heldNotes, ...counterSigned])
      .when(counterSign())
      .thenFails('NOTES.ALREADY_COUNTER_SIGNED', 'conflict');
    given(decider, run(decider, [schedule(), recordHeld()]))
      .when(counterSign())
      .thenFails('MEETING.KEEPS_MINUTES', 'conflict');
  });

  it('has no approval, notice or appeal: those are for minutes', () => {
    given(decider, heldNotes).when(approve()).thenFails('MEETING.KEEPS_NOTES', 'conflict');
    given(decider, heldNotes).when(postNotice()).thenFails('MEETING.KEEPS_NOTES', 'conflict');
  });

  it('seals the notes once counter-signed: items are corrected, not amended', () => {
    const history = [...heldNotes, ...counterSigned];
    given(decider, history).when(recordItem()).thenFails('NOTES.ALREADY_COUNTER_SIGNED');
    given(decider, run(decider, [scheduleNotes, recordHeld(), recordItem()]))
      .when({
        type: 'CorrectItem',
        data: {
          meetingId: MEETING,
          itemId: 'item-42',
          field: 'title',
          text: 'Ny rubrik',
          why: 'Felskrivning',
          correctedOn: '2023-11-12',
        },
      })
      .thenFails('NOTES.NOT_COUNTER_SIGNED', 'conflict');
  });

  it('corrects counter-signed notes on or after the counter-signing', () => {
    const history = run(decider, [scheduleNotes, recordHeld(), recordItem(), counterSign()]);
    const correct = (correctedOn: string) => ({
      type: 'CorrectItem' as const,
      data: {
        meetingId: MEETING,
        itemId: 'item-42',
        field: 'title' as const,
        text: 'Ny rubrik',
        why: 'Felskrivning',
        correctedOn,
      },
    });
    expect(given(decider, history).when(correct('2023-11-12')).events()).toHaveLength(1);
    given(decider, history)
      .when(correct('2023-11-09'))
      .thenFails('ITEM.CORRECTED_BEFORE_APPROVAL', 'invalid');
  });

  it('delivers the notes to a body on or after the meeting, once to each', () => {
    given(decider, heldNotes)
      .when(deliver())
      .then([
        {
          type: 'NotesDelivered',
          data: {
            meetingId: MEETING,
            to: { name: 'Kommunstyrelsen', organisationId: 'org-ks' },
            deliveredOn: '2023-11-20',
          },
        },
      ]);
    const delivered = run(decider, [deliver()], heldNotes);
    given(decider, [...heldNotes, ...delivered])
      .when(deliver({ deliveredOn: '2023-12-01' }))
      .thenFails('NOTES.ALREADY_DELIVERED', 'conflict');
    given(decider, heldNotes)
      .when(deliver({ deliveredOn: '2023-11-01' }))
      .thenFails('NOTES.BEFORE_MEETING', 'invalid');
    given(decider, run(decider, [schedule(), recordHeld()]))
      .when(deliver())
      .thenFails('MEETING.KEEPS_MINUTES', 'conflict');
  });

  it('delivers to an organisation only if it exists on the day, and to a name alone', () => {
    given(decider, heldNotes)
      .when(deliver({ recipient: null }))
      .thenFails('NOTES.ORGANISATION_NOT_FOUND', 'invalid');
    given(decider, heldNotes)
      .when(deliver({ recipient: { ...kommunstyrelsen, organisationId: 'org-other' } }))
      .thenFails('NOTES.ORGANISATION_NOT_FOUND', 'invalid');
    // Dissolved "2023-12": certainly gone on 2024-01-01, perhaps still there on 2023-12-15.
    given(decider, heldNotes)
      .when(deliver({ deliveredOn: '2024-01-01' }))
      .thenFails('NOTES.ORGANISATION_NOT_ACTIVE', 'invalid');
    expect(
      given(decider, heldNotes)
        .when(deliver({ deliveredOn: '2023-12-15' }))
        .events(),
    ).toHaveLength(1);
    expect(
      given(decider, heldNotes)
        .when(deliver({ to: { name: 'Skolråden' }, recipient: null }))
        .events(),
    ).toHaveLength(1);
  });
});
