import { given } from '@app/testing';
import { addMember as add, added, steering } from '../testing/group.fixtures';
import { existing, registered } from '../testing/reference.fixtures';
import { groupDecider as decider } from './group.decider';

/** A seat names a person and the organisation they represent: both must be real on its first day. */
describe('group memberships: who and for whom', () => {
  it('refuses a person the handler did not find, or facts about someone else', () => {
    given(decider, [steering])
      .when(add('m1', 'member', '2021-02-01', { person: null }))
      .thenFails('GROUP.PERSON_NOT_FOUND', 'invalid');
    given(decider, [steering])
      .when(add('m1', 'member', '2021-02-01', { person: registered('p-other') }))
      .thenFails('GROUP.PERSON_NOT_FOUND', 'invalid');
  });

  it('refuses an organisation the handler did not find, or facts about another one', () => {
    given(decider, [steering])
      .when(add('m1', 'member', '2021-02-01', { organisation: null }))
      .thenFails('GROUP.ORGANISATION_NOT_FOUND', 'invalid');
    given(decider, [steering])
      .when(add('m1', 'member', '2021-02-01', { organisation: existing('org-naf') }))
      .thenFails('GROUP.ORGANISATION_NOT_FOUND', 'invalid');
  });

  it('refuses an organisation not yet established on the first day of the seat', () => {
    const error = given(decider, [steering])
      .when(add('m1', 'member', '2021-02-01', { organisation: existing('org-sof', '2021-02-02') }))
      .thenFails('GROUP.ORGANISATION_NOT_ACTIVE', 'invalid');
    expect(error.details).toEqual(
      expect.objectContaining({ establishedOn: '2021-02-02', on: '2021-02-01' }),
    );
  });

  it('refuses an organisation dissolved on or before the first day, not one dissolved later', () => {
    given(decider, [steering])
      .when(
        add('m1', 'member', '2021-02-01', {
          organisation: existing('org-sof', undefined, '2021-02-01'),
        }),
      )
      .thenFails('GROUP.ORGANISATION_NOT_ACTIVE', 'invalid');
    given(decider, [steering])
      .when(
        add('m1', 'member', '2021-02-01', {
          organisation: existing('org-sof', undefined, '2021-02-02'),
        }),
      )
      .then([added('m1', 'member', '2021-02-01')]);
  });

  it('accepts a seat that starts the day the organisation is established', () => {
    given(decider, [steering])
      .when(add('m1', 'member', '2021-02-01', { organisation: existing('org-sof', '2021-02-01') }))
      .then([added('m1', 'member', '2021-02-01')]);
  });
});
