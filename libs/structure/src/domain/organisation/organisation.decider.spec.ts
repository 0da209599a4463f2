import { given } from '@app/testing';
import { nafRegistered, nynashamn, register, registerNaf } from '../testing/organisation.fixtures';
import { organisationDecider as decider } from './organisation.decider';
import { validFromOfOrganisationEvent } from './organisation.events';

describe('organisation decider: registration', () => {
  describe('RegisterOrganisation', () => {
    it('registers an administration under its municipality', () => {
      given(decider).when(registerNaf).then([nafRegistered]);
    });

    it('registers a municipality without a parent, and stores absent texts as null', () => {
      given(decider)
        .when(
          register({
            organisationId: 'org-0192',
            kind: 'municipality',
            name: 'Nynäshamns kommun',
            shortName: ' ',
            parentId: null,
          }),
        )
        .then([
          {
            type: 'OrganisationRegistered',
            data: {
              organisationId: 'org-0192',
              kind: 'municipality',
              name: 'Nynäshamns kommun',
              shortName: null,
              parentId: null,
              establishedOn: '2019-01-01',
            },
          },
        ]);
    });

    it('refuses to register the same organisation twice', () => {
      given(decider, [nafRegistered])
        .when(registerNaf)
        .thenFails('ORGANISATION.ALREADY_REGISTERED', 'conflict');
    });

    it.each([
      ['an unknown kind', { kind: 'ministry' as never }, 'ORGANISATION.INVALID_KIND'],
      ['a blank name', { name: '  ' }, 'ORGANISATION.NAME_REQUIRED'],
      ['an impossible date', { establishedOn: '2019-02-30' }, 'ORGANISATION.INVALID_DATE'],
      [
        'a municipality with a parent',
        { kind: 'municipality' as const },
        'ORGANISATION.MUNICIPALITY_HAS_NO_PARENT',
      ],
      ['an organisation as its own parent', { parentId: 'org-naf' }, 'ORGANISATION.OWN_PARENT'],
    ])('refuses %s', (_what, data, code) => {
      given(decider).when(register(data)).thenFails(code, 'invalid');
    });

    it('refuses a parent the handler could not find', () => {
      given(decider)
        .when(register({ parent: null }))
        .thenFails('ORGANISATION.PARENT_NOT_FOUND', 'invalid');
      // Facts about another organisation than the one named are as good as none.
      given(decider)
        .when(register({ parent: { ...nynashamn, organisationId: 'org-0138' } }))
        .thenFails('ORGANISATION.PARENT_NOT_FOUND');
    });

    it('refuses a dissolved parent', () => {
      given(decider)
        .when(register({ parent: { ...nynashamn, dissolvedOn: '2020-01-01' } }))
        .thenFails('ORGANISATION.PARENT_DISSOLVED', 'conflict');
    });

    it('refuses a child established before its parent, but accepts the same day', () => {
      given(decider)
        .when(register({ establishedOn: '1970-12-31' }))
        .thenFails('ORGANISATION.BEFORE_PARENT');
      expect(
        given(decider)
          .when(register({ establishedOn: '1971-01-01' }))
          .events(),
      ).toHaveLength(1);
    });
  });

  it('dates every event for the envelope', () => {
    expect(validFromOfOrganisationEvent(nafRegistered)).toBe('2019-01-01');
    expect(
      validFromOfOrganisationEvent({
        type: 'OrganisationDissolved',
        data: { organisationId: 'x', on: '2024-01-01' },
      }),
    ).toBe('2024-01-01');
  });
});
