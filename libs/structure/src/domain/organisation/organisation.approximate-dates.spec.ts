import { given } from '@app/testing';
import { nafRegistered, register } from '../testing/organisation.fixtures';
import { organisationDecider as decider } from './organisation.decider';

/** "Förvaltningen bildades 2019", "upphörde 2024": organisations known to the year or month. */
describe('organisation dates as precise as the source', () => {
  const registeredIn = (establishedOn: string) => ({
    ...nafRegistered,
    data: { ...nafRegistered.data, establishedOn },
  });
  const dissolve = (on: string) => ({
    type: 'DissolveOrganisation' as const,
    data: { organisationId: 'org-naf', on },
  });
  const rename = (on: string, name = 'Arbetsmarknadsförvaltningen') => ({
    type: 'RenameOrganisation' as const,
    data: { organisationId: 'org-naf', name, on },
  });

  it('registers an organisation established in a year, kept as given', () => {
    given(decider)
      .when(register({ establishedOn: '2019' }))
      .then([registeredIn('2019')]);
  });

  it('is not placed before its parent: "1971" under one of 1971-01-01 passes, "1970" does not', () => {
    given(decider)
      .when(register({ establishedOn: '1971' }))
      .then([registeredIn('1971')]);
    given(decider)
      .when(register({ establishedOn: '1970' }))
      .thenFails('ORGANISATION.BEFORE_PARENT', 'invalid');
  });

  it('is dissolved in its founding year only if not certainly on or before the founding', () => {
    given(decider, [registeredIn('2019-03')])
      .when(dissolve('2019'))
      .then([{ type: 'OrganisationDissolved', data: { organisationId: 'org-naf', on: '2019' } }]);
    given(decider, [registeredIn('2019-03')])
      .when(dissolve('2019-02'))
      .thenFails('ORGANISATION.BEFORE_ESTABLISHMENT', 'invalid');
    // The same month may hold both: established on the 1st, dissolved on the 20th.
    given(decider, [registeredIn('2019-03')])
      .when(dissolve('2019-03'))
      .then([expect.objectContaining({ type: 'OrganisationDissolved' })]);
    given(decider, [registeredIn('2019-03-15')])
      .when(dissolve('2019-03-15'))
      .thenFails('ORGANISATION.CHANGE_OUT_OF_ORDER', 'invalid');
  });

  it('a rename follows the last one, by first possible days (the same year keeps its order)', () => {
    const renamed = given(decider, [registeredIn('2019')])
      .when(rename('2021'))
      .events();
    expect(renamed[0]!.data).toMatchObject({ on: '2021' });
    given(decider, [registeredIn('2019'), ...renamed])
      .when(rename('2020-06', 'AMF'))
      .thenFails('ORGANISATION.CHANGE_OUT_OF_ORDER', 'invalid');
    given(decider, [registeredIn('2019'), ...renamed])
      .when(rename('2021', 'AMF'))
      .then([expect.objectContaining({ type: 'OrganisationRenamed' })]);
  });

  it('refuses a date that is no date', () => {
    given(decider)
      .when(register({ establishedOn: 'våren 2019' }))
      .thenFails('ORGANISATION.INVALID_DATE', 'invalid');
  });
});
