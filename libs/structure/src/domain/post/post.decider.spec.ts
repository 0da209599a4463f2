import { given } from '@app/testing';
import { nynashamn } from '../testing/organisation.fixtures';
import type { PostSeat } from './post.commands';
import { postDecider as decider } from './post.decider';
import { validFromOfPostEvent, type PostEvent } from './post.events';
import { holderOn, postFactsOf } from './post.state';

const sof = { organisationId: 'org-sof', establishedOn: '2019-01-01', dissolvedOn: null };
const established: PostEvent = {
  type: 'PostEstablished',
  data: {
    postId: 'post-sof',
    organisationId: 'org-sof',
    name: 'Förvaltningschef SOF',
    establishedOn: '2019-01-01',
  },
};
const holder = (personId: string | null, on: string): PostEvent => ({
  type: 'PostHolderChanged',
  data: { postId: 'post-sof', personId, on },
});
const appoint = (personId: string, from: string) => ({
  type: 'AppointPostHolder' as const,
  data: { postId: 'post-sof', personId, person: { personId }, from },
});
const leaves = (on: string) => ({
  type: 'PostHolderLeaves' as const,
  data: { postId: 'post-sof', on },
});
const abolish = (on: string, seats: PostSeat[] = []) => ({
  type: 'AbolishPost' as const,
  data: { postId: 'post-sof', on, seats },
});
const rename = (name: string, on: string) => ({
  type: 'RenamePost' as const,
  data: { postId: 'post-sof', name, on },
});

describe('post decider', () => {
  describe('EstablishPost', () => {
    const establish = (data: Partial<Record<string, unknown>> = {}) => ({
      type: 'EstablishPost' as const,
      data: {
        postId: 'post-sof',
        organisationId: 'org-sof',
        organisation: sof,
        name: ' Förvaltningschef SOF ',
        establishedOn: '2019-01-01',
        ...data,
      } as never,
    });
    it('establishes a named office in an organisation active that day', () => {
      given(decider).when(establish()).then([established]);
    });
    it('refuses a blank name, a bad date, an unknown or inactive organisation', () => {
      given(decider)
        .when(establish({ name: ' ' }))
        .thenFails('POST.NAME_REQUIRED', 'invalid');
      given(decider)
        .when(establish({ establishedOn: '2019-02-30' }))
        .thenFails('POST.INVALID_DATE');
      given(decider)
        .when(establish({ organisation: null }))
        .thenFails('POST.ORGANISATION_NOT_FOUND', 'invalid');
      given(decider)
        .when(
          establish({
            organisation: { ...nynashamn, organisationId: 'org-sof' },
            establishedOn: '1970-01-01',
          }),
        )
        .thenFails('POST.ORGANISATION_NOT_ACTIVE');
    });
    it('refuses to establish it twice', () => {
      given(decider, [established])
        .when(establish())
        .thenFails('POST.ALREADY_ESTABLISHED', 'conflict');
    });
  });

  describe('holders', () => {
    it('appoints a holder from a date, and the next one replaces them that day', () => {
      given(decider, [established])
        .when(appoint('p-landberg', '2021-01-01'))
        .then([holder('p-landberg', '2021-01-01')]);
      given(decider, [established, holder('p-landberg', '2021-01-01')])
        .when(appoint('p-next', '2024-05-01'))
        .then([holder('p-next', '2024-05-01')]);
    });
    it('takes holders recorded out of order: an older holder imported after the current one', () => {
      given(decider, [established, holder('p-landberg', '2021-01-01')])
        .when(appoint('p-before', '2019-01-01'))
        .then([holder('p-before', '2019-01-01')]);
    });
    it('lets the holder leave: from then on no holder is known', () => {
      given(decider, [established, holder('p-landberg', '2021-01-01')])
        .when(leaves('2024-03-01'))
        .then([holder(null, '2024-03-01')]);
    });
    it('refuses an appointment before the post, of an unknown person, or of the holder again', () => {
      given(decider, [established])
        .when(appoint('p-x', '2018-12-31'))
        .thenFails('POST.BEFORE_ESTABLISHED', 'invalid');
      given(decider, [established])
        .when({
          ...appoint('p-x', '2021-01-01'),
          data: { ...appoint('p-x', '2021-01-01').data, person: null },
        })
        .thenFails('POST.PERSON_NOT_FOUND', 'invalid');
      given(decider, [established, holder('p-landberg', '2021-01-01')])
        .when(appoint('p-landberg', '2022-01-01'))
        .thenFails('POST.HOLDER_UNCHANGED', 'invalid');
    });
    it('refuses two changes of holder on one day', () => {
      given(decider, [established, holder('p-landberg', '2021-01-01')])
        .when(appoint('p-x', '2021-01-01'))
        .thenFails('POST.HOLDER_CHANGED_THAT_DAY', 'conflict');
      given(decider, [established, holder('p-landberg', '2021-01-01')])
        .when(leaves('2021-01-01'))
        .thenFails('POST.HOLDER_CHANGED_THAT_DAY', 'conflict');
    });
    it('refuses a leaving when nobody holds the post', () => {
      given(decider, [established])
        .when(leaves('2021-01-01'))
        .thenFails('POST.NO_HOLDER', 'conflict');
      given(decider, [established, holder('p-landberg', '2021-01-01'), holder(null, '2022-01-01')])
        .when(leaves('2023-01-01'))
        .thenFails('POST.NO_HOLDER');
    });
    it('refuses anything on a post never established', () => {
      given(decider).when(appoint('p-x', '2021-01-01')).thenFails('POST.NOT_FOUND', 'not-found');
    });
  });

  describe('AbolishPost', () => {
    it('abolishes after its last change; nothing happens to it after', () => {
      const abolished: PostEvent = {
        type: 'PostAbolished',
        data: { postId: 'post-sof', on: '2025-01-01' },
      };
      given(decider, [established, holder('p-landberg', '2021-01-01')])
        .when(abolish('2025-01-01'))
        .then([abolished]);
      given(decider, [established, abolished])
        .when(appoint('p-x', '2025-02-01'))
        .thenFails('POST.ABOLISHED', 'conflict');
    });
    it('refuses a date on or before the establishment or the last change of holder', () => {
      given(decider, [established])
        .when(abolish('2019-01-01'))
        .thenFails('POST.CHANGE_OUT_OF_ORDER');
      given(decider, [established, holder('p-landberg', '2021-01-01')])
        .when(abolish('2020-06-01'))
        .thenFails('POST.CHANGE_OUT_OF_ORDER');
    });
    it('refuses while the post holds a seat beyond the abolition, and names the seats', () => {
      const open = { groupId: 'g-strategic', membershipId: 'm-1', to: null };
      const later = { groupId: 'g-tactical', membershipId: 'm-2', to: '2025-06-01' };
      const failure = given(decider, [established])
        .when(abolish('2025-01-01', [open, later]))
        .thenFails('POST.HOLDS_SEATS', 'conflict');
      expect(failure.details).toMatchObject({ seats: [open, later] });
      // Seats that ended by the abolition, on its day, or only "in 2024", do not hold it up.
      given(decider, [established])
        .when(
          abolish('2025-01-01', [
            { ...open, to: '2025-01-01' },
            { ...later, to: '2024' },
          ]),
        )
        .then([{ type: 'PostAbolished', data: { postId: 'post-sof', on: '2025-01-01' } }]);
    });
  });

  describe('TakePostSeat', () => {
    const take = {
      type: 'TakePostSeat' as const,
      data: { postId: 'post-sof', groupId: 'g-1', membershipId: 'm-1', from: '2022' },
    };
    const taken: PostEvent = { type: 'PostSeatTaken', data: take.data };
    const abolished: PostEvent = {
      type: 'PostAbolished',
      data: { postId: 'post-sof', on: '2024-01-01' },
    };

    it('puts a seat a group gives the post on its roster, which an abolition reads', () => {
      given(decider, [established]).when(take).then([taken]);
      const state = [established, taken].reduce(decider.evolve, decider.initialState);
      expect(state).toMatchObject({ seats: [{ groupId: 'g-1', membershipId: 'm-1' }] });
    });

    it('takes a seat recorded late on an abolished post (the group decides whether it may be)', () => {
      given(decider, [established, abolished]).when(take).then([taken]);
    });

    it('needs the post', () => {
      given(decider).when(take).thenFails('POST.NOT_FOUND', 'not-found');
    });
  });

  describe('RenamePost', () => {
    it('renames from a date; the state has the new name from then', () => {
      given(decider, [established])
        .when(rename('Förvaltningsdirektör SOF', '2023-01-01'))
        .then([
          {
            type: 'PostRenamed',
            data: { postId: 'post-sof', name: 'Förvaltningsdirektör SOF', on: '2023-01-01' },
          },
        ]);
    });
    it('refuses the same name, a date out of order, an empty name and an abolished post', () => {
      const renamed: PostEvent = {
        type: 'PostRenamed',
        data: { postId: 'post-sof', name: 'Förvaltningsdirektör SOF', on: '2023-01-01' },
      };
      given(decider, [established])
        .when(rename('Förvaltningschef SOF', '2023-01-01'))
        .thenFails('POST.NAME_UNCHANGED', 'invalid');
      given(decider, [established, renamed])
        .when(rename('Socialchef', '2022-06-01'))
        .thenFails('POST.CHANGE_OUT_OF_ORDER', 'invalid');
      given(decider, [established])
        .when(rename('Socialchef', '2018-06-01'))
        .thenFails('POST.BEFORE_ESTABLISHED', 'invalid');
      given(decider, [established]).when(rename(' ', '2023-01-01')).thenFails('POST.NAME_REQUIRED');
      given(decider, [
        established,
        { type: 'PostAbolished', data: { postId: 'post-sof', on: '2024-01-01' } },
      ])
        .when(rename('Socialchef', '2025-01-01'))
        .thenFails('POST.ABOLISHED', 'conflict');
    });
  });

  it('knows the holder on any date, and none outside the post’s life', () => {
    const state = [
      established,
      holder('p-b', '2021-01-01'),
      holder('p-a', '2019-06-01'),
      holder(null, '2023-01-01'),
      { type: 'PostAbolished', data: { postId: 'post-sof', on: '2024-01-01' } } as PostEvent,
    ].reduce(decider.evolve, decider.initialState);
    if (state.status === 'none') throw new Error('not established');
    expect(
      ['2019-01-01', '2019-06-01', '2021-01-01', '2022-12-31', '2023-01-01', '2024-06-01'].map(
        (on) => holderOn(state, on),
      ),
    ).toEqual([null, 'p-a', 'p-b', 'p-b', null, null]);
    expect(postFactsOf(state)).toEqual({
      postId: 'post-sof',
      organisationId: 'org-sof',
      establishedOn: '2019-01-01',
      abolishedOn: '2024-01-01',
      holders: state.holders,
    });
    expect(validFromOfPostEvent(holder(null, '2023-01-01'))).toBe('2023-01-01');
  });
});
