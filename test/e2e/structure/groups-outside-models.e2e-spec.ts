import { startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { reader } from './queries-http';
import { Structure, eventsOf, expectCommand, expectRefused } from './structure-api';

describe.each(testEngines)('groups outside and before a model on %s', (engine) => {
  let api: TestApp;
  let structure: Structure;
  let model: string;
  let naf: string;
  let network: string;
  let position = '0';
  const get = (url: string, query: Record<string, string> = {}) =>
    reader(api, () => position)(url, query);

  beforeAll(async () => {
    api = await startTestApp({ engine });
    structure = new Structure(api);
    naf = await structure.organisation('NAF');
    model = await structure.model([naf]);
    const formed = await expectCommand(
      await structure.post('/groups', {
        kind: 'network',
        name: 'Föräldranätverket',
        formedOn: '2019-05-01',
      }),
      201,
    );
    network = formed.id;
  }, 120_000);
  afterAll(() => api.close());

  const names = (body: { groups: { name: string }[] }) => body.groups.map((group) => group.name);

  it('forms a group outside any model, then joins a model on a date and leaves it', async () => {
    position = (
      await structure.ok(`/groups/${network}/join-model`, { modelId: model, on: '2022-03-01' })
    ).position;
    await api.settled();
    expect(names((await get('/structure', { modelId: model, asOf: '2022-02-28' })).body)).toEqual(
      [],
    );
    expect(names((await get('/structure', { modelId: model, asOf: '2022-03-01' })).body)).toEqual([
      'Föräldranätverket',
    ]);
    const before = await get(`/groups/${network}`, { asOf: '2020-01-01' });
    expect(before.body).toMatchObject({ modelId: null, model: null });

    position = (await structure.ok(`/groups/${network}/leave-model`, { on: '2024-01-01' }))
      .position;
    await api.settled();
    expect(names((await get('/structure', { modelId: model, asOf: '2023-12-31' })).body)).toEqual([
      'Föräldranätverket',
    ]);
    expect(names((await get('/structure', { modelId: model, asOf: '2024-01-01' })).body)).toEqual(
      [],
    );
    const history = await get(`/groups/${network}/history`);
    expect(history.body.events.map((event: any) => [event.type, event.validFrom])).toEqual([
      ['GroupFormed', '2019-05-01'],
      ['GroupJoinedModel', '2022-03-01'],
      ['GroupLeftModel', '2024-01-01'],
    ]);
    expect((await eventsOf(api, `model-${model}`)).slice(-2).map((event) => event.type)).toEqual([
      'GroupAttached',
      'GroupDetached',
    ]);
  });

  it("reports joining and leaving in the model's changes, not what the group did outside it", async () => {
    // A seat taken while the network was outside the model is not a change of the model.
    await structure.member(network, {
      personId: await structure.person(naf),
      organisationId: naf,
      role: 'member',
      from: '2021-06-01',
    });
    await api.settled();
    const response = await get('/structure/changes', {
      modelId: model,
      from: '2019-01-01',
      to: '2025-12-31',
    });
    expect(response.status).toBe(200);
    const ofTheNetwork = response.body.changes.filter(
      (change: any) => change.group?.id === network,
    );
    expect(ofTheNetwork.map((change: any) => [change.kind, change.date])).toEqual([
      ['group-joined-model', '2022-03-01'],
      ['group-left-model', '2024-01-01'],
    ]);
    expect(response.body.counts.byKind).toMatchObject({
      'group-joined-model': 1,
      'group-left-model': 1,
    });
    expect(response.body.counts.byKind['group-formed']).toBeUndefined();
    expect(response.body.counts.byKind['seat-started']).toBeUndefined();
  });

  it('refuses a second model, a leave outside any, bad input, and records nothing', async () => {
    const other = await structure.create('/groups', {
      kind: 'forum',
      name: 'Forumet',
      formedOn: '2020-01-01',
    });
    await structure.ok(`/groups/${other}/join-model`, { modelId: model, on: '2022-01-01' });
    const join = (groupId: string, body: object) =>
      structure.post(`/groups/${groupId}/join-model`, body);
    await expectRefused(
      api,
      () => join(other, { modelId: model, on: '2023-01-01' }),
      409,
      'GROUP.ALREADY_IN_A_MODEL',
    );
    await expectRefused(
      api,
      () => structure.post(`/groups/${network}/leave-model`, { on: '2025-01-01' }),
      409,
      'GROUP.NOT_IN_A_MODEL',
    );
    await expectRefused(
      api,
      () => join(network, { modelId: model, on: 'soon' }),
      400,
      'REQUEST.VALIDATION_FAILED',
    );
    await expectRefused(
      api,
      () => join(network, { modelId: model, on: '2019-01-01' }),
      422,
      'GROUP.BEFORE_FORMED',
    );
  });
});
