import { given } from '@app/testing';
import { postDecider as decider } from './post.decider';
import type { PostEvent } from './post.events';
import { holderOn } from './post.state';

/** "Tjänsten som skolchef inrättades 2020": a post's own dates as the source gives them. */
describe('post dates as precise as the source', () => {
  const sof = { organisationId: 'org-sof', establishedOn: '2019-01-01', dissolvedOn: null };
  const establish = (establishedOn: string) => ({
    type: 'EstablishPost' as const,
    data: {
      postId: 'post-1',
      organisationId: 'org-sof',
      organisation: sof,
      name: 'Skolchef',
      establishedOn,
    },
  });
  const established = (on: string): PostEvent[] => given(decider).when(establish(on)).events();
  const appoint = (from: string) => ({
    type: 'AppointPostHolder' as const,
    data: { postId: 'post-1', personId: 'p-1', person: { personId: 'p-1' }, from },
  });
  const abolish = (on: string) => ({
    type: 'AbolishPost' as const,
    data: { postId: 'post-1', on, seats: [] },
  });

  it('is established in a year, kept as given', () => {
    expect(established('2020')[0]!.data).toMatchObject({ establishedOn: '2020' });
  });

  it('takes a holder from the year’s first day on, not before it', () => {
    given(decider, established('2020'))
      .when(appoint('2020-01-01'))
      .then([expect.objectContaining({ type: 'PostHolderChanged' })]);
    given(decider, established('2020'))
      .when(appoint('2019-12-31'))
      .thenFails('POST.BEFORE_ESTABLISHED', 'invalid');
  });

  it('is abolished in the year of its last change unless certainly not after it', () => {
    const held = [
      ...established('2020'),
      ...given(decider, established('2020')).when(appoint('2024-03-01')).events(),
    ];
    given(decider, held)
      .when(abolish('2024'))
      .then([expect.objectContaining({ type: 'PostAbolished' })]);
    given(decider, held).when(abolish('2024-02')).thenFails('POST.CHANGE_OUT_OF_ORDER', 'invalid');
    given(decider, established('2020-05'))
      .when(abolish('2020-04'))
      .thenFails('POST.BEFORE_ESTABLISHED', 'invalid');
  });

  it('has a holder from the first possible day of its establishment to the last of its end', () => {
    const post = { postId: 'post-1', organisationId: 'org-sof', name: 'Skolchef' };
    const state = {
      ...post,
      establishedOn: '2020',
      namedOn: '2020',
      abolishedOn: '2024',
      holders: [{ personId: 'p-1', from: '2020-01-01' }],
    };
    expect(holderOn(state, '2020-01-01')).toBe('p-1');
    expect(holderOn(state, '2024-12-30')).toBe('p-1');
    expect(holderOn(state, '2024-12-31')).toBeNull();
  });
});
