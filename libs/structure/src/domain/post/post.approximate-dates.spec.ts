import { given } from '@app/testing';
import { postDecider as decider } from './post.decider';
import type { PostEvent } from './post.events';
import { holderOn, tenureOn } from './post.state';

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
      seats: [],
    };
    expect(holderOn(state, '2020-01-01')).toBe('p-1');
    expect(holderOn(state, '2024-12-30')).toBe('p-1');
    expect(holderOn(state, '2024-12-31')).toBeNull();
  });

  /** "Kålbäck är förvaltningschef sedan 2021", "slutade under 2024": a holder's dates as given. */
  describe('holders and renames', () => {
    const since2019 = established('2019');
    const holding = (from: string) => [
      ...since2019,
      ...given(decider, since2019).when(appoint(from)).events(),
    ];
    const leaves = (on: string) => ({
      type: 'PostHolderLeaves' as const,
      data: { postId: 'post-1', on },
    });
    const rename = (name: string, on: string) => ({
      type: 'RenamePost' as const,
      data: { postId: 'post-1', name, on },
    });
    const stateOf = (events: PostEvent[]) => {
      const state = events.reduce(decider.evolve, decider.initialState);
      if (state.status === 'none') throw new Error('not established');
      return state;
    };

    it('keeps a holder from "2021" as given, holding from the year’s first day', () => {
      expect(holding('2021').at(-1)).toEqual({
        type: 'PostHolderChanged',
        data: { postId: 'post-1', personId: 'p-1', on: '2021' },
      });
      const state = stateOf(holding('2021'));
      expect(holderOn(state, '2020-12-31')).toBeNull();
      expect(tenureOn(state, '2021-01-01')).toEqual({ personId: 'p-1', from: '2021', to: null });
    });

    it('lets a holder who left "2024" hold the post until the year’s last day', () => {
      const left = [
        ...holding('2021'),
        ...given(decider, holding('2021')).when(leaves('2024')).events(),
      ];
      const state = stateOf(left);
      expect(tenureOn(state, '2024-12-30')).toEqual({ personId: 'p-1', from: '2021', to: '2024' });
      expect(holderOn(state, '2024-12-31')).toBeNull();
    });

    it('refuses a leaving only when nobody may hold the post by its last possible day', () => {
      given(decider, holding('2021-06'))
        .when(leaves('2021'))
        .then([
          expect.objectContaining({ data: { postId: 'post-1', personId: null, on: '2021' } }),
        ]);
      given(decider, holding('2022')).when(leaves('2021')).thenFails('POST.NO_HOLDER', 'conflict');
    });

    it('takes two changes placed on one day as one day’s two changes', () => {
      given(decider, holding('2021'))
        .when({
          ...appoint('2021-01-01'),
          data: { ...appoint('2021-01-01').data, personId: 'p-2', person: { personId: 'p-2' } },
        })
        .thenFails('POST.HOLDER_CHANGED_THAT_DAY', 'conflict');
    });

    it('renames in a year, refused only when placed before the last name', () => {
      const renamed = given(decider, since2019).when(rename('Skoldirektör', '2023')).events();
      expect(renamed[0]!.data).toMatchObject({ on: '2023' });
      given(decider, [...since2019, ...renamed])
        .when(rename('Skolchef', '2023'))
        .then([expect.objectContaining({ type: 'PostRenamed' })]);
      given(decider, [...since2019, ...renamed])
        .when(rename('Skolchef', '2022-12'))
        .thenFails('POST.CHANGE_OUT_OF_ORDER', 'invalid');
      given(decider, since2019).when(rename('Skolchef', '2023-13')).thenFails('POST.INVALID_DATE');
    });
  });
});
