import { given } from '@app/testing';
import { person, recordHeld, scheduled } from '../testing/meeting.fixtures';
import { meetingDecider as decider } from './meeting.decider';

const everyoneBut = (...missing: string[]): string[] =>
  Object.values(person).filter((personId) => !missing.includes(personId));

describe('meeting decider: the people a held meeting lists are registered', () => {
  it('records the sitting when everyone listed is registered', () => {
    const [held] = given(decider, scheduled).when(recordHeld()).events();
    expect(held.type).toBe('MeetingHeld');
  });

  it('refuses someone present who is not registered', () => {
    const error = given(decider, scheduled)
      .when(recordHeld({ registered: everyoneBut(person.member) }))
      .thenFails('MEETING.PERSON_NOT_FOUND', 'invalid');
    expect(error.details).toEqual({ personIds: [person.member] });
  });

  it('refuses someone absent who is not registered', () => {
    const error = given(decider, scheduled)
      .when(
        recordHeld({
          absences: [{ personId: person.outsider, reason: 'sjuk' }],
          registered: everyoneBut(person.outsider),
        }),
      )
      .thenFails('MEETING.PERSON_NOT_FOUND', 'invalid');
    expect(error.details).toEqual({ personIds: [person.outsider] });
  });

  it('refuses a deputy serving for someone who is not registered', () => {
    const error = given(decider, scheduled)
      .when(
        recordHeld({
          attendance: [
            { personId: person.chair, capacity: 'decision-maker', office: 'chair' },
            { personId: person.member, capacity: 'serving-deputy', servingFor: 'p-gone' },
          ],
        }),
      )
      .thenFails('MEETING.PERSON_NOT_FOUND', 'invalid');
    expect(error.details).toEqual({ personIds: ['p-gone'] });
  });

  it('names every missing person in one answer, each once, in the order listed', () => {
    const error = given(decider, scheduled)
      .when(
        recordHeld({
          absences: [{ personId: person.outsider }],
          registered: everyoneBut(person.adjuster, person.official, person.outsider),
        }),
      )
      .thenFails('MEETING.PERSON_NOT_FOUND');
    expect(error.details).toEqual({
      personIds: [person.adjuster, person.official, person.outsider],
    });
  });

  it('refuses a command without the facts: nobody is known to be registered', () => {
    given(decider, scheduled)
      .when(recordHeld({ registered: undefined as unknown as string[] }))
      .thenFails('MEETING.PERSON_NOT_FOUND');
  });
});
