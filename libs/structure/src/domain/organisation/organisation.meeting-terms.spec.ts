import { given } from '@app/testing';
import { nynashamn, register } from '../testing/organisation.fixtures';
import { organisationDecider as decider } from './organisation.decider';
import type { OrganisationEvent } from './organisation.events';

const board = register({
  organisationId: 'org-kfn',
  kind: 'board',
  name: 'Kultur- och fritidsnämnden',
  shortName: 'KFN',
  parent: nynashamn,
});
const registered = (data: object = {}): OrganisationEvent => ({
  type: 'OrganisationRegistered',
  data: {
    organisationId: 'org-kfn',
    kind: 'board',
    name: 'Kultur- och fritidsnämnden',
    shortName: 'KFN',
    parentId: 'org-0192',
    establishedOn: '2019-01-01',
    ...data,
  },
});
const setTerms = (data: object) => ({
  type: 'SetMeetingTerms' as const,
  data: { organisationId: 'org-kfn', on: '2024-01-01', ...data },
});

describe("a body's meeting terms: records and cadence", () => {
  it('registers a board with its cadence, and keeps the old shape when none is given', () => {
    given(decider)
      .when({ ...board, data: { ...board.data, cadence: { count: 8, per: 'year' } } })
      .then([registered({ cadence: { count: 8, per: 'year' } })]);
    given(decider).when(board).then([registered()]);
  });

  it('refuses records or a cadence for an organisation that does not meet', () => {
    given(decider)
      .when(register({ cadence: { minWeeks: 4, maxWeeks: 6 } }))
      .thenFails('ORGANISATION.NOT_A_MEETING_BODY', 'invalid');
    given(decider)
      .when(register({ records: 'notes' }))
      .thenFails('ORGANISATION.NOT_A_MEETING_BODY');
    given(decider)
      .when({ ...board, data: { ...board.data, cadence: { count: 0, per: 'term' } } })
      .thenFails('ORGANISATION.INVALID_CADENCE', 'invalid');
  });

  it('sets the terms from a date, whole: what is left out keeps its value', () => {
    given(decider, [registered()])
      .when(setTerms({ cadence: { count: 2, per: 'term' } }))
      .then([
        {
          type: 'OrganisationMeetingTermsSet',
          data: {
            organisationId: 'org-kfn',
            records: 'minutes',
            cadence: { count: 2, per: 'term' },
            on: '2024-01-01',
          },
        },
      ]);
    const preparatory = registered({ kind: 'preparatory-committee' });
    expect(
      given(decider, [preparatory])
        .when(setTerms({ records: 'minutes' }))
        .events()[0]!.data,
    ).toMatchObject({ records: 'minutes', cadence: null });
  });

  it('refuses unchanged terms, a date not after the last terms, and a body that does not meet', () => {
    given(decider, [registered()])
      .when(setTerms({ records: 'minutes' }))
      .thenFails('ORGANISATION.TERMS_UNCHANGED', 'invalid');
    given(decider, [registered()])
      .when(setTerms({ records: 'notes', on: '2019-01-01' }))
      .thenFails('ORGANISATION.CHANGE_OUT_OF_ORDER', 'invalid');
    given(decider, [registered({ kind: 'administration' })])
      .when(setTerms({ records: 'notes' }))
      .thenFails('ORGANISATION.NOT_A_MEETING_BODY', 'invalid');
  });

  it('knows what a body keeps: from its kind, unless it says otherwise', () => {
    const stateOf = (events: OrganisationEvent[]) =>
      events.reduce(decider.evolve, decider.initialState);
    expect(stateOf([registered()])).toMatchObject({ records: 'minutes', cadence: null });
    expect(stateOf([registered({ kind: 'preparatory-committee' })])).toMatchObject({
      records: 'notes',
    });
    expect(stateOf([registered({ kind: 'administration' })])).toMatchObject({ records: null });
    expect(stateOf([registered({ records: 'notes' })])).toMatchObject({ records: 'notes' });
  });
});
