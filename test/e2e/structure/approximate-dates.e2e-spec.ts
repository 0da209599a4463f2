import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { Structure, eventsOf, expectCommand, expectInvalid, expectRefused } from './structure-api';
import { reader } from './queries-http';

/**
 * "Nätverket bildades 2020", "upplöstes under 2022": a group and a seat known to the year, read
 * on dates inside and outside that year (README, "Dates as precise as the source").
 */
describe.each(testEngines)('structure dates as precise as the source on %s', (engine) => {
  let api: TestApp;
  let structure: Structure;
  let naf: string;
  let model: string;
  let network: string;
  let person: string;
  let position = '0';
  beforeAll(async () => {
    api = await startTestApp({ engine });
    structure = new Structure(api);
    naf = await structure.organisation('NAF');
    // "Anställdes 2020"
    person = await structure.create('/people', {
      name: 'Petra Kålbäck',
      organisationId: naf,
      on: '2020',
    });
    model = await structure.model([naf], { establishedOn: '2019-01-01' });
    network = await structure.group(model, {
      kind: 'network',
      name: 'Nätverket',
      formedOn: '2020',
    });
    await structure.member(network, {
      personId: person,
      organisationId: naf,
      role: 'member',
      from: '2020',
    });
    position = (await structure.ok(`/groups/${network}/dissolve`, { on: '2022' })).position;
  }, 120_000);
  afterAll(() => api.close());

  const get = (url: string, query: Record<string, string> = {}) =>
    reader(api, () => position)(url, query);
  const groupsOn = async (asOf: string) =>
    (await get('/structure', { modelId: model, asOf })).body.groups as Record<string, unknown>[];

  it('keeps the dates as given in the events, placed at their first possible day', async () => {
    expect(await eventsOf(api, `group-${network}`)).toMatchObject([
      { type: 'GroupFormed', data: { formedOn: '2020' }, metadata: { validFrom: '2020-01-01' } },
      { type: 'MemberAdded', data: { from: '2020' }, metadata: { validFrom: '2020-01-01' } },
      { type: 'GroupDissolved', data: { on: '2022' }, metadata: { validFrom: '2022-01-01' } },
      { type: 'MembershipEnded', data: { to: '2022' } },
    ]);
  });

  it('does not show the group before its first possible day', async () => {
    expect(await groupsOn('2019-12-31')).toEqual([]);
  });

  it('shows it as uncertain during the year it was formed, with its seat', async () => {
    expect(await groupsOn('2020-06-01')).toMatchObject([
      {
        id: network,
        formedOn: '2020',
        endedOn: '2022',
        certainty: 'uncertain',
        members: [{ from: '2020', to: '2022', certainty: 'uncertain' }],
      },
    ]);
  });

  it('is certain from the year after until the year it ended, then uncertain again', async () => {
    expect(await groupsOn('2021-01-01')).toMatchObject([
      { id: network, certainty: 'certain', members: [{ certainty: 'certain' }] },
    ]);
    const group = await get(`/groups/${network}`, { asOf: '2022-06-01' });
    expect(group.body).toMatchObject({ formedOn: '2020', endedOn: '2022', certainty: 'uncertain' });
    expect(await groupsOn('2022-12-31')).toEqual([]);
  });

  it('shows a person registered "2020" with the year as given', async () => {
    const read = await get(`/people/${person}`, { asOf: '2020-06-01' });
    expect(read.body).toMatchObject({ id: person, registeredOn: '2020' });
  });

  it('keeps an organisation "established 2020", "dissolved 2023-05" as given, with certainty', async () => {
    const older = await structure.organisation('SOC', { establishedOn: '2020' });
    position = (await structure.ok(`/organisations/${older}/dissolve`, { on: '2023-05' })).position;
    const on = async (asOf: string) => (await get(`/organisations/${older}`, { asOf })).body;
    expect((await get(`/organisations/${older}`, { asOf: '2019-12-31' })).status).toBe(404);
    expect(await on('2020-06-01')).toMatchObject({
      establishedOn: '2020',
      dissolvedOn: '2023-05',
      status: 'active',
      certainty: 'uncertain',
    });
    expect(await on('2022-01-01')).toMatchObject({ status: 'active', certainty: 'certain' });
    expect(await on('2023-05-10')).toMatchObject({ status: 'active', certainty: 'uncertain' });
    expect(await on('2023-05-31')).toMatchObject({ status: 'dissolved', certainty: 'certain' });
    expectInvalid(
      await structure.post('/organisations', {
        ...{ kind: 'administration' },
        name: 'X',
        establishedOn: 'hösten 2020',
      }),
      ['establishedOn'],
    );
  });

  it('keeps a model "adopted 2018" and a participant "leaving 2021" as given, with certainty', async () => {
    const sof = await structure.organisation('SOF2', { establishedOn: '2018' });
    const kfn = await structure.organisation('KFN', { establishedOn: '2017' });
    const older = await structure.model([kfn, sof], { establishedOn: '2018' });
    position = (await structure.ok(`/models/${older}/participants/${sof}/leave`, { on: '2021' }))
      .position;
    const on = async (asOf: string) => (await get(`/models/${older}`, { asOf })).body;
    expect(await on('2018-06-01')).toMatchObject({ establishedOn: '2018', certainty: 'uncertain' });
    const during = await on('2021-06-01');
    expect(during).toMatchObject({ certainty: 'certain' });
    expect(during.participants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          organisationId: sof,
          from: '2018',
          to: '2021',
          certainty: 'uncertain',
        }),
        expect.objectContaining({
          organisationId: kfn,
          from: '2018',
          to: null,
          certainty: 'certain',
        }),
      ]),
    );
    const after = await on('2021-12-31');
    expect(after.participants.map((p: { organisationId: string }) => p.organisationId)).toEqual([
      kfn,
    ]);
  });

  it('keeps a post "established 2020", "abolished 2024-06" as given, with certainty', async () => {
    const post = await structure.create('/posts', {
      organisationId: naf,
      name: 'Skolchef',
      establishedOn: '2020',
    });
    position = (await structure.ok(`/posts/${post}/abolish`, { on: '2024-06' })).position;
    const on = async (asOf: string) => (await get(`/posts/${post}`, { asOf })).body;
    expect((await get(`/posts/${post}`, { asOf: '2019-12-31' })).status).toBe(404);
    expect(await on('2020-06-01')).toMatchObject({
      establishedOn: '2020',
      abolishedOn: '2024-06',
      status: 'established',
      certainty: 'uncertain',
    });
    expect(await on('2022-01-01')).toMatchObject({ certainty: 'certain' });
    expect(await on('2024-06-30')).toMatchObject({ status: 'abolished', certainty: 'certain' });
  });

  it('keeps a holder "from 2021" and a successor "from 2023-06" as given, with certainty in every read', async () => {
    const rektor = await structure.create('/posts', {
      organisationId: naf,
      name: 'Rektor',
      establishedOn: '2019-01-01',
    });
    const next = await structure.create('/people', {
      name: 'Nils Nästa',
      organisationId: naf,
      on: '2023',
    });
    await structure.ok(`/posts/${rektor}/holders`, { personId: person, from: '2021' });
    await structure.ok(`/posts/${rektor}/holders`, { personId: next, from: '2023-06' });
    await structure.ok(`/posts/${rektor}/rename`, { name: 'Skolledare', on: '2022' });
    const team = await structure.group(model, {
      kind: 'team',
      name: 'Rektorsteamet',
      formedOn: '2019-01-01',
    });
    const seat = await structure.post(`/groups/${team}/members`, {
      postId: rektor,
      role: 'member',
      from: '2020-01-01',
    });
    expect(seat.status).toBe(201);
    position = seat.body.position;
    expect(await eventsOf(api, `post-${rektor}`)).toMatchObject([
      { type: 'PostEstablished' },
      { type: 'PostHolderChanged', data: { on: '2021' }, metadata: { validFrom: '2021-01-01' } },
      { type: 'PostHolderChanged', data: { on: '2023-06' }, metadata: { validFrom: '2023-06-01' } },
      { type: 'PostRenamed', data: { on: '2022' }, metadata: { validFrom: '2022-01-01' } },
      { type: 'PostSeatTaken', data: { groupId: team, from: '2020-01-01' } },
    ]);
    const holder = async (asOf: string) => (await get(`/posts/${rektor}`, { asOf })).body;
    expect((await holder('2020-12-31')).holder).toBeNull();
    expect((await holder('2021-06-01')).holder).toMatchObject({
      id: person,
      since: '2021',
      until: '2023-06',
      certainty: 'uncertain',
    });
    expect(await holder('2022-06-01')).toMatchObject({
      name: 'Skolledare',
      holder: { id: person, certainty: 'certain' },
    });
    expect((await holder('2023-06-15')).holder).toMatchObject({
      id: next,
      since: '2023-06',
      certainty: 'uncertain',
    });
    expect((await holder('2023-07-01')).holders).toEqual([
      { person: null, from: '2019-01-01', to: '2021' },
      { person: expect.objectContaining({ id: person }), from: '2021', to: '2023-06' },
      { person: expect.objectContaining({ id: next }), from: '2023-06', to: null },
    ]);
    const seatOn = async (asOf: string) => (await get(`/groups/${team}`, { asOf })).body.members[0];
    expect(await seatOn('2021-06-01')).toMatchObject({
      heldBy: 'post',
      person: { id: person },
      certainty: 'uncertain',
    });
    expect(await seatOn('2022-06-01')).toMatchObject({
      person: { id: person },
      certainty: 'certain',
    });
    const represented = await get(`/organisations/${naf}/representation`, { asOf: '2021-06-01' });
    expect(represented.body.seats).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          post: expect.objectContaining({ id: rektor }),
          certainty: 'uncertain',
        }),
      ]),
    );
    const memberships = (await get(`/people/${person}/memberships`)).body.memberships;
    expect(memberships).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          post: expect.objectContaining({ id: rektor }),
          from: '2021',
          to: '2023-06',
        }),
      ]),
    );
  });

  it('refuses only what is certainly wrong, and what is no date', async () => {
    const forum = await structure.group(model, {
      kind: 'forum',
      name: 'Forumet',
      formedOn: '2021-03',
    });
    await expectRefused(
      api,
      () => structure.post(`/groups/${forum}/dissolve`, { on: '2021-02' }),
      422,
      'GROUP.BEFORE_FORMED',
    );
    await structure.ok(`/groups/${forum}/dissolve`, { on: '2021' });
    const spring = {
      modelId: model,
      kind: 'network',
      name: 'Vårnätverket',
      formedOn: 'våren 2020',
    };
    expectInvalid(await structure.post('/groups', spring), ['formedOn']);
  });

  it('merges groups on a date known to the year: the sources end, the target forms, as given', async () => {
    const [east, west] = [
      await structure.group(model, { kind: 'network', name: 'Öst', formedOn: '2021-03-01' }),
      await structure.group(model, { kind: 'network', name: 'Väst', formedOn: '2021-03-01' }),
    ];
    // "Nätverken slogs samman 2021": the year may follow their forming in March.
    const early = { sourceIds: [east, west], target: { kind: 'network', name: 'Nätverket' } };
    await expectRefused(
      api,
      () => structure.post('/groups/merge', { ...early, on: '2021-02' }),
      422,
      'GROUP.BEFORE_FORMED',
    );
    const merged = await expectCommand(
      await structure.post('/groups/merge', { ...early, on: '2021' }),
      201,
    );
    position = merged.position;
    const target = await get(`/groups/${merged.id}`, { asOf: '2021-06-01' });
    expect(target.body).toMatchObject({ formedOn: '2021', certainty: 'uncertain' });
    const source = await get(`/groups/${east}`, { asOf: '2021-06-01' });
    expect(source.body).toMatchObject({ endedOn: '2021', certainty: 'uncertain' });
    const ids = async (asOf: string) => (await groupsOn(asOf)).map((group) => group.id);
    expect(await ids('2021-06-01')).toEqual(expect.arrayContaining([east, west, merged.id]));
    const after = await ids('2022-01-01');
    expect(after).toContain(merged.id);
    expect(after).not.toContain(east);
    expectInvalid(await structure.post('/groups/merge', { ...early, on: 'hösten 2021' }), ['on']);
  });
});
