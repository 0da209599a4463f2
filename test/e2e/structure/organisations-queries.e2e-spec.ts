import { expectProblem, startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { recordNynashamn, type Nynashamn } from './nynashamn-scenario';
import { command, reader } from './queries-http';

describe.each(testEngines)('organisation queries on %s', (engine) => {
  let api: TestApp;
  let n: Nynashamn;
  let position: string;
  let kff: string;
  let beforeRename: string;
  const get = (url: string, query: Record<string, string> = {}) =>
    reader(api, () => position)(url, query);

  beforeAll(async () => {
    api = await startTestApp({ engine });
    n = await recordNynashamn(api);
    kff = (
      await command(api, '/organisations', {
        kind: 'administration',
        name: 'Kultur- och fritidsförvaltningen',
        shortName: 'KFF',
        parentId: n.municipality,
        establishedOn: '2019-01-01',
      })
    ).id;
    await command(api, `/organisations/${kff}/dissolve`, { on: '2024-01-01' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    beforeRename = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    position = (
      await command(api, `/organisations/${n.naf}/rename`, {
        name: 'Arbetsmarknadsförvaltningen',
        shortName: 'AMF',
        on: '2025-06-01',
        reason: 'Ny förvaltningsorganisation',
      })
    ).position;
  }, 120_000);
  afterAll(() => api.close());

  const shortNames = (body: { organisations: { shortName: string }[] }) =>
    // Sorted here: the API orders by name, in the database's collation, which may differ.
    body.organisations.map((organisation) => organisation.shortName).sort();

  it('lists the organisations in existence on a date, filtered by kind and parent', async () => {
    const all = await get('/organisations', { asOf: '2023-11-06' });
    expect(all.status).toBe(200);
    expect(all.body.asOf).toBe('2023-11-06');
    expect(shortNames(all.body)).toEqual(['0192', 'BUF', 'KFF', 'NAF', 'SOF']);
    const administrations = await get('/organisations', {
      asOf: '2023-11-06',
      kind: 'administration',
    });
    expect(shortNames(administrations.body)).toEqual(['BUF', 'KFF', 'NAF', 'SOF']);
    const under = await get('/organisations', { asOf: '2023-11-06', parentId: n.municipality });
    expect(shortNames(under.body)).toHaveLength(4);
    expect(shortNames((await get('/organisations', { asOf: '2018-12-31' })).body)).toEqual([
      '0192',
    ]);
  });

  it('leaves dissolved organisations out unless includeEnded, and shows them as dissolved', async () => {
    expect(shortNames((await get('/organisations', { asOf: '2024-02-01' })).body)).not.toContain(
      'KFF',
    );
    const ended = await get('/organisations', { asOf: '2024-02-01', includeEnded: 'true' });
    expect(ended.body.organisations).toContainEqual(
      expect.objectContaining({ id: kff, status: 'dissolved', dissolvedOn: '2024-01-01' }),
    );
    const one = await get(`/organisations/${kff}`, { asOf: '2024-02-01' });
    expect(one.body).toMatchObject({
      status: 'dissolved',
      versionFrom: '2024-01-01',
      versionTo: null,
    });
  });

  it('answers an organisation by its name on each date, and as known before a rename', async () => {
    const before = await get(`/organisations/${n.naf}`, { asOf: '2025-05-31' });
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      id: n.naf,
      kind: 'administration',
      name: 'Näringslivs- och arbetsmarknadsförvaltningen',
      shortName: 'NAF',
      parentId: n.municipality,
      status: 'active',
      establishedOn: '2019-01-01',
      versionTo: '2025-06-01',
    });
    const after = await get(`/organisations/${n.naf}`, { asOf: '2025-06-01' });
    expect(after.body).toMatchObject({ name: 'Arbetsmarknadsförvaltningen', shortName: 'AMF' });
    const known = await get(`/organisations/${n.naf}`, {
      asOf: '2025-07-01',
      knownAt: beforeRename,
    });
    expect(known.body).toMatchObject({ shortName: 'NAF', versionTo: null, knownAt: beforeRename });
  });

  it('answers 404 ORGANISATION.NOT_FOUND for an unknown id and before it was established', async () => {
    expectProblem(await get('/organisations/no-such-org'), 404, 'ORGANISATION.NOT_FOUND');
    const early = expectProblem(
      await get(`/organisations/${n.naf}`, { asOf: '2018-12-31' }),
      404,
      'ORGANISATION.NOT_FOUND',
    );
    expect(early).toMatchObject({ id: n.naf, asOf: '2018-12-31' });
    expectProblem(await get('/organisations/no-such-org/history'), 404, 'ORGANISATION.NOT_FOUND');
  });

  it("answers the organisation's history from the event store, oldest first, chained", async () => {
    const response = await get(`/organisations/${n.naf}/history`);
    expect(response.status).toBe(200);
    const [registered, renamed] = response.body.events;
    expect(response.body.events).toHaveLength(2);
    expect(registered).toMatchObject({
      revision: 0,
      type: 'OrganisationRegistered',
      validFrom: '2019-01-01',
      actor: { id: 'local-developer', role: 'admin' },
      prevHash: null,
    });
    expect(renamed).toMatchObject({
      revision: 1,
      type: 'OrganisationRenamed',
      data: {
        organisationId: n.naf,
        name: 'Arbetsmarknadsförvaltningen',
        shortName: 'AMF',
        on: '2025-06-01',
      },
      validFrom: '2025-06-01',
      reason: 'Ny förvaltningsorganisation',
      onBehalfOf: null,
      position: expect.stringMatching(/^\d+$/),
      recordedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      prevHash: registered.hash,
    });
    expect(BigInt(renamed.position)).toBeGreaterThan(BigInt(registered.position));
    const known = await get(`/organisations/${n.naf}/history`, { knownAt: beforeRename });
    expect(known.body.events.map((event: { type: string }) => event.type)).toEqual([
      'OrganisationRegistered',
    ]);
    const dated = await get(`/organisations/${n.naf}/history`, { asOf: '2025-05-31' });
    expect(dated.body.events).toHaveLength(1);
  });
});
