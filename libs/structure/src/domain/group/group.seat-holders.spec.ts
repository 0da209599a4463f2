import { given } from '@app/testing';
import { addMember as add, added, steering } from '../testing/group.fixtures';
import { existing } from '../testing/reference.fixtures';
import type { PostFacts } from '../post/post.state';
import { groupDecider as decider } from './group.decider';

const headOfSof: PostFacts = {
  postId: 'post-sof',
  organisationId: 'org-sof',
  establishedOn: '2019-01-01',
  abolishedOn: null,
  holders: [],
};
/** A seat held by the post "förvaltningschef SOF": no person named in the command. */
const postSeat = (membershipId: string, from: string, post: PostFacts | null = headOfSof) =>
  add(membershipId, 'member', from, {
    personId: null,
    person: null,
    postId: 'post-sof',
    post,
    organisationId: undefined,
  });

describe('seats held by a post or for an organisation', () => {
  it('gives a seat to a post, for the post’s organisation unless another is named', () => {
    given(decider, [steering])
      .when(postSeat('m1', '2021-02-01'))
      .then([added('m1', 'member', '2021-02-01', { personId: null, postId: 'post-sof' })]);
    given(decider, [steering])
      .when({
        ...postSeat('m1', '2021-02-01'),
        data: {
          ...postSeat('m1', '2021-02-01').data,
          organisationId: 'org-naf',
          organisation: existing('org-naf'),
        },
      })
      .then([
        added('m1', 'member', '2021-02-01', {
          personId: null,
          postId: 'post-sof',
          organisationId: 'org-naf',
        }),
      ]);
  });

  it('gives a seat to an organisation with nobody named; several such seats may run at once', () => {
    const unnamed = (id: string) =>
      add(id, 'member', '2021-02-01', { personId: null, person: null });
    given(decider, [steering])
      .when(unnamed('m1'))
      .then([added('m1', 'member', '2021-02-01', { personId: null })]);
    const first = added('m1', 'member', '2021-02-01', { personId: null });
    expect(given(decider, [steering, first]).when(unnamed('m2')).events()).toHaveLength(1);
  });

  it('refuses a seat held by both a person and a post', () => {
    given(decider, [steering])
      .when({
        ...postSeat('m1', '2021-02-01'),
        data: { ...postSeat('m1', '2021-02-01').data, personId: 'p-x' },
      })
      .thenFails('GROUP.SEAT_HOLDER_TWICE', 'invalid');
  });

  it('refuses a post that does not exist, or does not exist on the seat’s first day', () => {
    given(decider, [steering])
      .when(postSeat('m1', '2021-02-01', null))
      .thenFails('GROUP.POST_NOT_FOUND', 'invalid');
    given(decider, [steering])
      .when(postSeat('m1', '2021-02-01', { ...headOfSof, establishedOn: '2022-01-01' }))
      .thenFails('GROUP.POST_NOT_ACTIVE', 'invalid');
    given(decider, [steering])
      .when(postSeat('m1', '2021-02-01', { ...headOfSof, abolishedOn: '2021-02-01' }))
      .thenFails('GROUP.POST_NOT_ACTIVE');
  });

  it('refuses a seat of an abolished post that would outlive it; one ending by then is kept', () => {
    const abolished = { ...headOfSof, abolishedOn: '2024-01-01' };
    given(decider, [steering])
      .when(postSeat('m1', '2021-02-01', abolished))
      .thenFails('GROUP.SEAT_OUTLIVES_POST', 'conflict');
    const ending = postSeat('m1', '2021-02-01', abolished);
    expect(
      given(decider, [steering])
        .when({ ...ending, data: { ...ending.data, to: '2024-01-01' } })
        .events(),
    ).toHaveLength(2);
  });

  describe('a person sits in a group once', () => {
    // Landberg is förvaltningschef SOF from 2021 until 2024-07-01; the post has a seat from 2022.
    const held: PostFacts = {
      ...headOfSof,
      holders: [
        { from: '2021-01-01', personId: 'p-landberg' },
        { from: '2024-07-01', personId: null },
      ],
    };
    const postSeated = added('m1', 'member', '2022-01-01', { personId: null, postId: 'post-sof' });
    const ownSeat = (from: string, to: string | null = null) =>
      add('m2', 'member', from, { personId: 'p-landberg', to, seatedPosts: [held] });

    it('refuses a seat of their own while a post they hold sits there, and says which', () => {
      const failure = given(decider, [steering, postSeated])
        .when(ownSeat('2023-01-01'))
        .thenFails('GROUP.SITS_THROUGH_POST', 'conflict');
      expect(failure.details).toEqual({
        membershipId: 'm1',
        postId: 'post-sof',
        personId: 'p-landberg',
      });
    });

    it("refuses a post's seat while its holder sits in a seat of their own", () => {
      const own = added('m2', 'member', '2023-01-01', { personId: 'p-landberg' });
      given(decider, [steering, own])
        .when(postSeat('m1', '2022-01-01', held))
        .thenFails('GROUP.SITS_THROUGH_POST', 'conflict');
    });

    it('takes a seat of their own once they no longer hold the post, or before the post sat', () => {
      expect(
        given(decider, [steering, postSeated]).when(ownSeat('2024-07-01')).events(),
      ).toHaveLength(1);
      expect(
        given(decider, [steering, postSeated]).when(ownSeat('2021-02-01', '2022-01-01')).events(),
      ).toHaveLength(2);
    });
  });

  it('refuses a second seat for the same post at the same time', () => {
    const first = added('m1', 'member', '2021-02-01', { personId: null, postId: 'post-sof' });
    given(decider, [steering, first])
      .when(postSeat('m2', '2022-01-01'))
      .thenFails('GROUP.ALREADY_MEMBER', 'conflict');
  });
});
