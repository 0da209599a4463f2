import { expectProblem, startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { API, Structure, expectInvalid, expectRefused, tokenFor } from './structure-api';

/**
 * Posts (named offices: förvaltningschef SOF) with holders over time, and seats held by a post
 * or for an organisation with nobody named: the group, the structure, the organisation's
 * representation and the person's memberships all resolve the post's holder on asOf.
 */
describe.each(testEngines)('posts on %s', (engine) => {
  let api: TestApp;
  let structure: Structure;
  let sof: string;
  let naf: string;
  let model: string;
  let group: string;
  let landberg: string;
  let nyberg: string;
  let head: string;
  const get = async (url: string, query: Record<string, string> = {}) => {
    await api.settled();
    return api.http.get(`${API}${url}`).query(query);
  };

  beforeAll(async () => {
    api = await startTestApp({ engine });
    structure = new Structure(api);
    sof = await structure.organisation('SOF');
    naf = await structure.organisation('NAF');
    model = await structure.model([sof, naf]);
    group = await structure.group(model, {
      kind: 'strategic-steering',
      name: 'Strategisk styrgrupp',
    });
    landberg = await structure.person(sof, 'Mikael Landberg');
    nyberg = await structure.person(sof, 'Åsa Nyberg');
    head = await structure.create('/posts', {
      organisationId: sof,
      name: 'Förvaltningschef SOF',
      establishedOn: '2019-01-01',
    });
    // Landberg from 2021; from mid-2024 the source names nobody until Nyberg in 2025.
    await structure.ok(`/posts/${head}/holders`, { personId: landberg, from: '2021-01-01' });
    await structure.ok(`/posts/${head}/holder/leave`, { on: '2024-07-01' });
    await structure.ok(`/posts/${head}/holders`, { personId: nyberg, from: '2025-01-01' });
  }, 120_000);
  afterAll(() => api.close());

  it('answers a post with its holder on asOf, and every holder with the unknown periods between', async () => {
    const then = await get(`/posts/${head}`, { asOf: '2023-06-01' });
    expect(then.status).toBe(200);
    expect(then.body).toMatchObject({
      id: head,
      name: 'Förvaltningschef SOF',
      status: 'established',
      organisation: { id: sof, shortName: 'SOF' },
      holder: { id: landberg, name: 'Mikael Landberg', since: '2021-01-01' },
      holderUnknown: false,
    });
    expect(then.body.holders).toEqual([
      { person: null, from: '2019-01-01', to: '2021-01-01' },
      {
        person: { id: landberg, name: 'Mikael Landberg', nameErased: false },
        from: '2021-01-01',
        to: '2024-07-01',
      },
      { person: null, from: '2024-07-01', to: '2025-01-01' },
      {
        person: { id: nyberg, name: 'Åsa Nyberg', nameErased: false },
        from: '2025-01-01',
        to: null,
      },
    ]);
    const gap = await get(`/posts/${head}`, { asOf: '2024-10-01' });
    expect(gap.body).toMatchObject({ holder: null, holderUnknown: true });
  });

  it('lists posts by organisation and by holder on asOf', async () => {
    const byOrganisation = await get('/posts', { organisationId: sof, asOf: '2023-06-01' });
    expect(byOrganisation.body.posts.map((post: { id: string }) => post.id)).toEqual([head]);
    expect((await get('/posts', { organisationId: naf })).body.posts).toEqual([]);
    const held = await get('/posts', { personId: landberg, asOf: '2023-06-01' });
    expect(held.body.posts).toHaveLength(1);
    expect((await get('/posts', { personId: landberg, asOf: '2025-06-01' })).body.posts).toEqual(
      [],
    );
    expect((await get('/posts', { asOf: '2018-06-01' })).body.posts).toEqual([]);
  });

  it('shows a seat held by the post as its holder that day, or the post with its holder unknown', async () => {
    const postSeat = await structure.member(group, {
      postId: head,
      role: 'member',
      from: '2022-01-01',
    });
    // NAF sits too, with nobody named in the source.
    const unnamed = await structure.member(group, {
      organisationId: naf,
      role: 'member',
      from: '2022-01-01',
    });
    const in2023 = await get(`/groups/${group}`, { asOf: '2023-06-01' });
    expect(in2023.status).toBe(200);
    const seats = (in2023.body.members as { membershipId: string }[]).sort((a, b) =>
      a.membershipId === postSeat ? -1 : b.membershipId === postSeat ? 1 : 0,
    );
    expect(seats).toEqual([
      expect.objectContaining({
        membershipId: postSeat,
        heldBy: 'post',
        person: { id: landberg, name: 'Mikael Landberg', nameErased: false },
        post: {
          id: head,
          name: 'Förvaltningschef SOF',
          holderUnknown: false,
          holderSitsInOwnSeat: null,
        },
        organisation: expect.objectContaining({ id: sof }),
      }),
      expect.objectContaining({
        membershipId: unnamed,
        heldBy: 'organisation',
        person: null,
        post: null,
        organisation: expect.objectContaining({ id: naf }),
      }),
    ]);
    const inGap = await get(`/groups/${group}`, { asOf: '2024-10-01' });
    expect(inGap.body.members).toContainEqual(
      expect.objectContaining({
        membershipId: postSeat,
        person: null,
        post: {
          id: head,
          name: 'Förvaltningschef SOF',
          holderUnknown: true,
          holderSitsInOwnSeat: null,
        },
      }),
    );
    const later = await get(`/structure`, { modelId: model, asOf: '2025-06-01' });
    expect(later.body.groups[0].members).toContainEqual(
      expect.objectContaining({
        membershipId: postSeat,
        person: expect.objectContaining({ id: nyberg }),
      }),
    );
    expect(later.body.totals).toMatchObject({ seats: 2, members: 1 });

    const representation = await get(`/organisations/${sof}/representation`, {
      asOf: '2023-06-01',
    });
    expect(representation.body.seats).toEqual([
      expect.objectContaining({
        membershipId: postSeat,
        heldBy: 'post',
        person: expect.objectContaining({ id: landberg }),
        post: expect.objectContaining({ id: head }),
      }),
    ]);

    // Landberg sat in the post's seat while he held the post: from the seat's start to his leaving.
    const memberships = await get(`/people/${landberg}/memberships`);
    expect(memberships.body.memberships).toEqual([
      expect.objectContaining({
        membershipId: postSeat,
        post: { id: head, name: 'Förvaltningschef SOF' },
        group: expect.objectContaining({ id: group }),
        from: '2022-01-01',
        to: '2024-07-01',
        roles: [{ role: 'member', from: '2022-01-01', to: '2024-07-01' }],
      }),
    ]);
    const nybergs = await get(`/people/${nyberg}/memberships`);
    expect(nybergs.body.memberships).toEqual([
      expect.objectContaining({ membershipId: postSeat, from: '2025-01-01', to: null }),
    ]);
  });

  it('keeps every change in the post’s history', async () => {
    const history = await get(`/posts/${head}/history`);
    expect(history.status).toBe(200);
    expect(
      history.body.events.map((event: { type: string; validFrom: string }) => [
        event.type,
        event.validFrom,
      ]),
    ).toEqual([
      ['PostEstablished', '2019-01-01'],
      ['PostHolderChanged', '2021-01-01'],
      ['PostHolderChanged', '2024-07-01'],
      ['PostHolderChanged', '2025-01-01'],
      // The seat the group gave it, on the post's own roster too (what an abolition reads).
      ['PostSeatTaken', '2022-01-01'],
    ]);
  });

  it('refuses what breaks a rule, with its code, and records nothing', async () => {
    await expectRefused(
      api,
      () => structure.post(`/posts/${head}/holders`, { personId: landberg, from: '2025-01-01' }),
      409,
      'POST.HOLDER_CHANGED_THAT_DAY',
    );
    await expectRefused(
      api,
      () => structure.post(`/posts/${head}/holder/leave`, { on: '2024-09-01' }),
      409,
      'POST.NO_HOLDER',
    );
    await expectRefused(
      api,
      () => structure.post(`/posts/${head}/holders`, { personId: sof, from: '2026-01-01' }),
      422,
      'POST.PERSON_NOT_FOUND',
    );
    await expectRefused(
      api,
      () =>
        structure.post('/posts', {
          organisationId: landberg,
          name: 'Skolchef',
          establishedOn: '2020-01-01',
        }),
      422,
      'POST.ORGANISATION_NOT_FOUND',
    );
    await expectRefused(
      api,
      () =>
        structure.post(`/groups/${group}/members`, {
          postId: sof,
          role: 'member',
          from: '2022-01-01',
        }),
      422,
      'GROUP.POST_NOT_FOUND',
    );
    await expectRefused(
      api,
      () =>
        structure.post(`/groups/${group}/members`, {
          postId: head,
          personId: landberg,
          role: 'member',
          from: '2026-01-01',
        }),
      422,
      'GROUP.SEAT_HOLDER_TWICE',
    );
    expectInvalid(await structure.post('/posts', { name: '', establishedOn: '2020-13-01' }), [
      'organisationId',
      'name',
      'establishedOn',
    ]);
    expectInvalid(
      await structure.post(`/groups/${group}/members`, { role: 'member', from: '2022-01-01' }),
      ['organisationId'],
    );
    expectProblem(await get(`/posts/${sof}`), 404, 'POST.NOT_FOUND');
    expectProblem(await get(`/posts/${head}`, { asOf: '2018-01-01' }), 404, 'POST.NOT_FOUND');
  });

  it('abolishes a post: gone from the list, shown as abolished with includeEnded', async () => {
    const rektor = await structure.create('/posts', {
      organisationId: naf,
      name: 'Rektor för högstadieskolorna',
      establishedOn: '2020-01-01',
    });
    await structure.ok(`/posts/${rektor}/abolish`, { on: '2024-01-01' });
    expect((await get('/posts', { organisationId: naf, asOf: '2024-06-01' })).body.posts).toEqual(
      [],
    );
    const ended = await get('/posts', {
      organisationId: naf,
      asOf: '2024-06-01',
      includeEnded: 'true',
    });
    expect(ended.body.posts).toEqual([
      expect.objectContaining({
        id: rektor,
        status: 'abolished',
        abolishedOn: '2024-01-01',
        holderUnknown: true,
      }),
    ]);
    await expectRefused(
      api,
      () => structure.post(`/posts/${rektor}/holders`, { personId: nyberg, from: '2024-02-01' }),
      409,
      'POST.ABOLISHED',
    );
  });

  it('refuses to abolish a post whose seats run on; abolishes once they end by then', async () => {
    const skolchef = await structure.create('/posts', {
      organisationId: naf,
      name: 'Skolchef',
      establishedOn: '2020-01-01',
    });
    const seat = await structure.member(group, {
      postId: skolchef,
      role: 'member',
      from: '2022-01-01',
    });
    // The abolition finds the post's seats through the seats read model (see AbolishPostHandler):
    // it waits for the store's visible head, which a concurrent writer can hold back.
    await api.settled();
    const refused = await expectRefused(
      api,
      () => structure.post(`/posts/${skolchef}/abolish`, { on: '2024-09-01' }),
      409,
      'POST.HOLDS_SEATS',
    );
    expect(refused).toMatchObject({
      seats: [{ groupId: group, membershipId: seat, to: null }],
    });
    await structure.ok(`/groups/${group}/members/${seat}/end`, { to: '2024-09-01' });
    await structure.ok(`/posts/${skolchef}/abolish`, { on: '2024-09-01' });
    // A seat for the abolished post must end by the abolition.
    await expectRefused(
      api,
      () =>
        structure.post(`/groups/${group}/members`, {
          postId: skolchef,
          role: 'member',
          from: '2023-01-01',
        }),
      409,
      'GROUP.SEAT_OUTLIVES_POST',
    );
  });

  it('renames a post from a date: reads on asOf show the name then, the history both', async () => {
    const chef = await structure.create('/posts', {
      organisationId: naf,
      name: 'Förvaltningschef NAF',
      establishedOn: '2019-01-01',
    });
    await structure.ok(`/posts/${chef}/rename`, {
      name: 'Förvaltningsdirektör NAF',
      on: '2024-03-01',
    });
    expect((await get(`/posts/${chef}`, { asOf: '2024-02-29' })).body.name).toBe(
      'Förvaltningschef NAF',
    );
    expect((await get(`/posts/${chef}`, { asOf: '2024-03-01' })).body.name).toBe(
      'Förvaltningsdirektör NAF',
    );
    const names = (asOf: string) =>
      get('/posts', { organisationId: naf, asOf }).then((answer) =>
        answer.body.posts.map((post: { name: string }) => post.name),
      );
    expect(await names('2023-01-01')).toContain('Förvaltningschef NAF');
    expect(await names('2025-01-01')).toContain('Förvaltningsdirektör NAF');
    const history = await get(`/posts/${chef}/history`);
    expect(history.body.events.map((event: { type: string }) => event.type)).toEqual([
      'PostEstablished',
      'PostRenamed',
    ]);
    await expectRefused(
      api,
      () =>
        structure.post(`/posts/${chef}/rename`, {
          name: 'Förvaltningsdirektör NAF',
          on: '2025-01-01',
        }),
      422,
      'POST.NAME_UNCHANGED',
    );
    await expectRefused(
      api,
      () => structure.post(`/posts/${chef}/rename`, { name: 'Chef', on: '2023-01-01' }),
      422,
      'POST.CHANGE_OUT_OF_ORDER',
    );
    expectInvalid(await structure.post(`/posts/${chef}/rename`, { name: '', on: 'soon' }), [
      'name',
      'on',
    ]);
  });

  it('seats a person once: refuses their own seat beside a post they hold, shows them once if appointed later', async () => {
    const forum = await structure.group(model, { kind: 'forum', name: 'Ledningsforum' });
    const chef = await structure.create('/posts', {
      organisationId: sof,
      name: 'Socialchef',
      establishedOn: '2019-01-01',
    });
    await structure.ok(`/posts/${chef}/holders`, { personId: landberg, from: '2021-01-01' });
    const postSeat = await structure.member(forum, {
      postId: chef,
      role: 'member',
      from: '2022-01-01',
    });
    const refused = await expectRefused(
      api,
      () =>
        structure.post(`/groups/${forum}/members`, {
          personId: landberg,
          organisationId: sof,
          role: 'member',
          from: '2022-06-01',
        }),
      409,
      'GROUP.SITS_THROUGH_POST',
    );
    expect(refused).toMatchObject({ membershipId: postSeat, postId: chef, personId: landberg });

    // Nyberg has a seat of her own, and is appointed Socialchef later (appointing a holder is the
    // post's business, never refused for a seat): the roster shows her once, in her own seat.
    const own = await structure.member(forum, {
      personId: nyberg,
      organisationId: sof,
      role: 'member',
      from: '2023-01-01',
    });
    await structure.ok(`/posts/${chef}/holders`, { personId: nyberg, from: '2024-01-01' });
    const members = (await get(`/groups/${forum}`, { asOf: '2024-06-01' })).body.members;
    expect(members.filter((seat: any) => seat.person?.id === nyberg)).toEqual([
      expect.objectContaining({ membershipId: own, heldBy: 'person' }),
    ]);
    expect(members.find((seat: any) => seat.membershipId === postSeat)).toMatchObject({
      heldBy: 'post',
      person: null,
      post: { id: chef, holderUnknown: false, holderSitsInOwnSeat: own },
    });

    // Her memberships say the same: the forum once, her own seat naming the post's seat; once
    // her own seat ends, she sits in the post's seat, listed from then.
    const inForum = async () =>
      (await get(`/people/${nyberg}/memberships`)).body.memberships.filter(
        (membership: any) => membership.group.id === forum,
      );
    expect(await inForum()).toEqual([
      expect.objectContaining({
        membershipId: own,
        post: null,
        alsoForPost: { id: chef, name: 'Socialchef', membershipId: postSeat },
        from: '2023-01-01',
        to: null,
      }),
    ]);
    await structure.ok(`/groups/${forum}/members/${own}/end`, { to: '2024-09-01' });
    expect(await inForum()).toEqual([
      expect.objectContaining({
        membershipId: own,
        alsoForPost: { id: chef, name: 'Socialchef', membershipId: postSeat },
        from: '2023-01-01',
        to: '2024-09-01',
      }),
      expect.objectContaining({
        membershipId: postSeat,
        post: { id: chef, name: 'Socialchef' },
        alsoForPost: null,
        from: '2024-09-01',
        to: null,
        roles: [{ role: 'member', from: '2024-09-01', to: null }],
      }),
    ]);
  });

  it('lets only those who write the structure record posts', async () => {
    const auditor = await tokenFor(api, {
      actor: { id: 'rev', name: 'Revisor', role: 'auditor', organisation: 'Revisionen' },
      municipality: '0192',
    });
    const refused = await api.http
      .post(`${API}/posts`)
      .set('Authorization', `Bearer ${auditor}`)
      .send({ organisationId: sof, name: 'Skolchef', establishedOn: '2020-01-01' });
    expect(expectProblem(refused, 403, 'AUTH.FORBIDDEN').permission).toBe('structure.write');
    const read = await api.http
      .get(`${API}/posts/${head}`)
      .set('Authorization', `Bearer ${auditor}`);
    expect(read.status).toBe(200);
  });
});
