import * as path from 'node:path';
import { loadOrCreateDevKeys, signDevToken } from '@app/platform';
import { expectProblem, startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { recordNynashamn, type Nynashamn } from './nynashamn-scenario';
import { reader } from './queries-http';

/** What every structure read shares: validated asOf/knownAt/consistentWith, and one tenant's data only. */
describe.each(testEngines)('time travel and tenancy of structure queries on %s', (engine) => {
  let api: TestApp;
  let n: Nynashamn;
  beforeAll(async () => {
    api = await startTestApp({ engine });
    n = await recordNynashamn(api);
  }, 120_000);
  afterAll(() => api.close());

  const get = (url: string, query: Record<string, string> = {}) =>
    reader(api, () => n.position)(url, query);

  /** Every GET of the structure context, with the parameters it needs. */
  const endpoints = (): [string, Record<string, string>][] => [
    ['/organisations', {}],
    [`/organisations/${n.sof}`, {}],
    [`/organisations/${n.sof}/representation`, {}],
    [`/people/${n.landberg}`, {}],
    [`/people/${n.landberg}/memberships`, {}],
    ['/models', {}],
    [`/models/${n.newModel}`, {}],
    ['/groups', {}],
    [`/groups/${n.strategic}`, {}],
    ['/structure', { modelId: n.newModel }],
  ];
  const histories = () => [
    `/organisations/${n.sof}/history`,
    `/models/${n.oldModel}/history`,
    `/groups/${n.steering}/history`,
  ];

  it('answers every endpoint with the slice it used, asOf today and knownAt now by default', async () => {
    for (const [url, query] of endpoints()) {
      const response = await get(url, query);
      expect({ url, status: response.status }).toEqual({ url, status: 200 });
      expect(response.body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Date.parse(response.body.knownAt)).toBeGreaterThan(Date.now() - 60_000);
    }
    for (const url of histories()) expect((await get(url)).status).toBe(200);
  });

  it.each([
    ['asOf', '2023-02-30'],
    ['asOf', '20231106'],
    ['asOf', '2023-11-06T00:00:00Z'],
    ['knownAt', '2024-11-14'],
    ['knownAt', '2024-11-14T12:00:00'],
    ['knownAt', '2024-13-14T12:00:00Z'],
    ['knownAt', 'yesterday'],
    ['consistentWith', '-1'],
  ])('refuses %s=%s on every endpoint with 400 naming it', async (field, value) => {
    for (const [url, query] of endpoints()) {
      const problem = expectProblem(
        await api.http.get(`/api/v1${url}`).query({ ...query, [field]: value }),
        400,
        'REQUEST.VALIDATION_FAILED',
      );
      expect((problem.errors as { field: string }[]).map((error) => error.field)).toEqual([field]);
    }
    if (field !== 'consistentWith') {
      for (const url of histories()) {
        expectProblem(
          await api.http.get(`/api/v1${url}`).query({ [field]: value }),
          400,
          'REQUEST.VALIDATION_FAILED',
        );
      }
    }
  });

  it('refuses unknown parameters and bad filters', async () => {
    expectProblem(await get('/groups', { colour: 'red' }), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(await get('/groups', { kind: 'choir' }), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(await get('/organisations', { kind: 'club' }), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(await get('/models', { includeEnded: 'yes' }), 400, 'REQUEST.VALIDATION_FAILED');
  });

  it('takes knownAt with an offset as the same moment in UTC', async () => {
    const response = await get('/organisations', { knownAt: '2024-11-14T13:00:00+01:00' });
    expect(response.body.knownAt).toBe('2024-11-14T12:00:00.000Z');
  });

  it('shows a token for another municipality nothing of Nynäshamn', async () => {
    const keys = await loadOrCreateDevKeys(path.join(api.config.dataDir, 'keys'));
    const token = await signDevToken(keys, {
      actor: { id: 'tove', name: 'Tove Tyresö', role: 'auditor', organisation: 'SOC' },
      municipality: '0138',
    });
    const tyreso = reader(api, () => n.position, token);
    expect((await tyreso('/organisations')).body.organisations).toEqual([]);
    expect((await tyreso('/models', { includeEnded: 'true' })).body.models).toEqual([]);
    expect((await tyreso('/groups', { includeEnded: 'true' })).body.groups).toEqual([]);
    const notFound: [string, Record<string, string>, string][] = [
      [`/organisations/${n.sof}`, {}, 'ORGANISATION.NOT_FOUND'],
      [`/organisations/${n.sof}/representation`, {}, 'ORGANISATION.NOT_FOUND'],
      [`/organisations/${n.sof}/history`, {}, 'ORGANISATION.NOT_FOUND'],
      [`/people/${n.landberg}`, {}, 'PERSON.NOT_FOUND'],
      [`/people/${n.landberg}/memberships`, {}, 'PERSON.NOT_FOUND'],
      [`/models/${n.oldModel}`, { asOf: '2023-11-06' }, 'MODEL.NOT_FOUND'],
      [`/models/${n.oldModel}/history`, {}, 'MODEL.NOT_FOUND'],
      [`/groups/${n.strategic}`, {}, 'GROUP.NOT_FOUND'],
      [`/groups/${n.steering}/history`, {}, 'GROUP.NOT_FOUND'],
      ['/structure', { modelId: n.newModel }, 'MODEL.NOT_FOUND'],
    ];
    for (const [url, query, code] of notFound) expectProblem(await tyreso(url, query), 404, code);
    // The same token's own municipality is served as usual (and Nynäshamn's still is).
    expect((await get(`/groups/${n.strategic}`)).status).toBe(200);
  });
});
