import { given } from '@app/testing';
import {
  personDecider as decider,
  validFromOfPersonEvent,
  type PersonRegistered,
  type RegisterPerson,
} from './person.decider';

const sof = { organisationId: 'org-sof', establishedOn: '2019-01-01', dissolvedOn: null };

const register = (data: Partial<RegisterPerson['data']> = {}): RegisterPerson => ({
  type: 'RegisterPerson',
  data: {
    personId: 'p-landberg',
    organisationId: 'org-sof',
    organisation: sof,
    on: '2024-11-14',
    ...data,
  },
});

const registered: PersonRegistered = {
  type: 'PersonRegistered',
  data: {
    personId: 'p-landberg',
    organisationId: 'org-sof',
    on: '2024-11-14',
  },
};

describe('person decider', () => {
  it('registers a person by id and organisation', () => {
    given(decider).when(register()).then([registered]);
    expect(validFromOfPersonEvent(registered)).toBe('2024-11-14');
  });

  it('never lets a name or title into the event, even one smuggled into the command', () => {
    const smuggled = {
      ...register(),
      data: { ...register().data, name: 'Mikael Landberg', title: 'förvaltningschef' },
    } as RegisterPerson;
    const [event] = given(decider).when(smuggled).events();
    expect(JSON.stringify(event)).not.toContain('Landberg');
    expect(JSON.stringify(event)).not.toContain('förvaltningschef');
    expect(Object.keys(event!.data).sort()).toEqual(['on', 'organisationId', 'personId']);
  });

  it('refuses to register a person twice', () => {
    given(decider, [registered])
      .when(register())
      .thenFails('PERSON.ALREADY_REGISTERED', 'conflict');
  });

  it('refuses an organisation the handler could not find', () => {
    given(decider)
      .when(register({ organisation: null }))
      .thenFails('PERSON.ORGANISATION_NOT_FOUND', 'invalid');
  });

  it('refuses an organisation dissolved by then, but records people from before its dissolution', () => {
    given(decider)
      .when(register({ organisation: { ...sof, dissolvedOn: '2024-11-14' } }))
      .thenFails('PERSON.ORGANISATION_DISSOLVED', 'conflict');
    // Importing old minutes names people of organisations that are gone now.
    expect(
      given(decider)
        .when(register({ organisation: { ...sof, dissolvedOn: '2024-11-15' } }))
        .events(),
    ).toHaveLength(1);
  });

  it('refuses a date before the organisation existed', () => {
    given(decider)
      .when(register({ on: '2018-12-31' }))
      .thenFails('PERSON.BEFORE_ORGANISATION', 'invalid');
  });

  it('refuses a missing person id or an impossible date', () => {
    given(decider)
      .when(register({ personId: '' }))
      .thenFails('PERSON.PERSON_ID_REQUIRED');
    given(decider)
      .when(register({ on: '14/11/2024' }))
      .thenFails('PERSON.INVALID_DATE');
  });

  describe('erasure', () => {
    const erase = {
      type: 'ErasePerson',
      data: { personId: 'p-landberg', on: '2026-12-03' },
    } as const;

    it('records that an erasure happened, on which day, and nothing about the person', () => {
      given(decider, [registered])
        .when(erase)
        .then([
          { type: 'PersonalDataErased', data: { personId: 'p-landberg', erasedOn: '2026-12-03' } },
        ]);
    });

    it('refuses to erase a person nobody registered', () => {
      given(decider).when(erase).thenFails('PERSON.NOT_FOUND', 'not-found');
    });

    it('refuses to erase twice', () => {
      given(decider, [
        registered,
        { type: 'PersonalDataErased', data: { personId: 'p-landberg', erasedOn: '2026-12-01' } },
      ])
        .when(erase)
        .thenFails('PERSON.ALREADY_ERASED', 'conflict');
    });
  });
});
