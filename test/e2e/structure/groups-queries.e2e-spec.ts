import { expectProblem, startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { recordNynashamn, type Nynashamn } from './nynashamn-scenario';
import { command, reader } from './queries-http';

describe.each(testEngines)('group queries on %s', (engine) => {
  let api: TestApp;
  let n: Nynashamn;
  let position: string;
  let beforeLateSeat: string;
  const get = (url: string, query: Record<string, string> = {}) =>
    reader(api, () => position)(url, query);

  beforeAll(async () => {
    api = await startTestApp({ engine });
    n = await recordNynashamn(api);
    await new Promise((resolve) => setTimeout(resolve, 20));
    beforeLateSeat = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // A seat from 2022 recorded only now, already ended: history imported late.
    position = (
      await command(api, `/groups/${n.preschool}/members`, {
        personId: n.olsson,
        organisationId: n.buf,
        role: 'member',
        from: '2022-02-01',
        to: '2023-01-01',
      })
    ).position;
  }, 120_000);
  afterAll(() => api.close());

  const names = (body: { groups: { name: string }[] }) =>
    body.groups.map((group) => group.name).sort();

  it('lists the groups on a date, by model and kind', async () => {
    const old = await get('/groups', { modelId: n.oldModel, asOf: '2023-11-06' });
    expect(old.status).toBe(200);
    expect(names(old.body)).toEqual([
      'Analysgruppen',
      'Närvaro i förskolan',
      'Närvaro i skolan',
      'Samordningsgruppen',
      'Styrgruppen',
      'Våldsprevention',
    ]);
    const working = await get('/groups', {
      modelId: n.oldModel,
      kind: 'working',
      asOf: '2023-01-01',
    });
    expect(names(working.body)).toEqual([
      'Närvaro i förskolan',
      'Närvaro i skolan',
      'Våldsprevention',
    ]);
    const under = await get('/groups', { parentId: n.steering, asOf: '2023-11-06' });
    expect(names(under.body)).toEqual(['Samordningsgruppen']);
    const moved = await get('/groups', {
      modelId: n.newModel,
      kind: 'working',
      asOf: '2025-01-01',
    });
    expect(moved.body.groups).toContainEqual(
      expect.objectContaining({
        id: n.school,
        modelId: n.newModel,
        parentId: null,
        versionFrom: '2025-01-01',
      }),
    );
    expect(names((await get('/groups', { modelId: n.oldModel, asOf: '2025-01-01' })).body)).toEqual(
      [],
    );
    const ended = await get('/groups', {
      modelId: n.oldModel,
      asOf: '2025-01-01',
      includeEnded: 'true',
    });
    expect(ended.body.groups.map((group: any) => group.status)).toEqual(
      expect.arrayContaining(['dissolved']),
    );
  });

  it('answers a group with its members on a date: person, organisation, role, from/to', async () => {
    const response = await get(`/groups/${n.steering}`, { asOf: '2023-11-06' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: n.steering,
      name: 'Styrgruppen',
      kind: 'steering',
      mandate: 'Beslutar om inriktning för arbetet inom ramen för Nynäshamnsmodellen',
      cadence: { minWeeks: 4, maxWeeks: 6 },
      records: 'notes',
      status: 'active',
      formedOn: '2021-01-01',
      endedOn: '2025-01-01',
      model: { id: n.oldModel, name: 'Nynäshamnsmodellen' },
    });
    expect(
      response.body.members
        .map((m: any) => [m.person.name, m.organisation.shortName, m.role, m.from, m.to])
        .sort(),
    ).toEqual([
      ['Mikael Landberg', 'SOF', 'chair', '2021-01-01', '2025-01-01'],
      ['Petra Kålbäck', 'NAF', 'member', '2021-01-01', '2025-01-01'],
      ['Pär Olsson', 'BUF', 'member', '2021-01-01', '2025-01-01'],
    ]);
    const dissolved = await get(`/groups/${n.steering}`, { asOf: '2025-01-01' });
    expect(dissolved.body).toMatchObject({ status: 'dissolved', members: [] });
  });

  it('places a seat recorded late at its own dates, and not before it was recorded', async () => {
    const seated = await get(`/groups/${n.preschool}`, { asOf: '2022-06-01' });
    expect(seated.body.members).toEqual([
      expect.objectContaining({
        person: expect.objectContaining({ name: 'Pär Olsson' }),
        from: '2022-02-01',
        to: '2023-01-01',
      }),
    ]);
    expect((await get(`/groups/${n.preschool}`, { asOf: '2023-01-01' })).body.members).toEqual([]);
    const known = await get(`/groups/${n.preschool}`, {
      asOf: '2022-06-01',
      knownAt: beforeLateSeat,
    });
    expect(known.body.members).toEqual([]);
  });

  it('answers 404 GROUP.NOT_FOUND for an unknown group and before it was formed', async () => {
    expectProblem(await get('/groups/no-such-group'), 404, 'GROUP.NOT_FOUND');
    expectProblem(
      await get(`/groups/${n.analysis}`, { asOf: '2023-04-30' }),
      404,
      'GROUP.NOT_FOUND',
    );
    expectProblem(await get('/groups/no-such-group/history'), 404, 'GROUP.NOT_FOUND');
  });

  it("answers the group's history: formed, seats, transferred", async () => {
    const response = await get(`/groups/${n.violence}/history`);
    expect(response.body.events.map((event: any) => [event.type, event.validFrom])).toEqual([
      ['GroupFormed', '2023-01-01'],
      ['MemberAdded', '2023-01-01'],
      ['GroupTransferred', '2025-01-01'],
    ]);
    expect(response.body.events[2]).toMatchObject({
      data: { fromModelId: n.oldModel, toModelId: n.newModel, parentId: null },
      reason: 'Gemensamt AU 2024-11-14 § 79/24: samverkansmodellen ersätter Nynäshamnsmodellen',
    });
  });
});
