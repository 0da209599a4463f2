import { expectProblem, startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { recordNynashamn, type Nynashamn } from './nynashamn-scenario';
import { command, reader } from './queries-http';

describe.each(testEngines)('model queries on %s', (engine) => {
  let api: TestApp;
  let n: Nynashamn;
  let position: string;
  const get = (url: string, query: Record<string, string> = {}) =>
    reader(api, () => position)(url, query);

  beforeAll(async () => {
    api = await startTestApp({ engine });
    n = await recordNynashamn(api);
    position = (
      await command(api, `/models/${n.newModel}/participants/${n.naf}/leave`, { on: '2026-01-01' })
    ).position;
  }, 120_000);
  afterAll(() => api.close());

  const names = (body: { models: { name: string }[] }) => body.models.map((model) => model.name);

  it('lists the models in force on a date; ended ones only when asked', async () => {
    expect(names((await get('/models', { asOf: '2023-11-06' })).body)).toEqual([
      'Nynäshamnsmodellen',
    ]);
    expect(names((await get('/models', { asOf: '2024-12-01' })).body)).toEqual([
      'Nynäshamnsmodellen',
      'Samverkansmodell för barn och unga i riskzon',
    ]);
    expect(names((await get('/models', { asOf: '2025-01-01' })).body)).toEqual([
      'Samverkansmodell för barn och unga i riskzon',
    ]);
    const all = await get('/models', { asOf: '2025-01-01', includeEnded: 'true' });
    expect(all.body.models.map((model: any) => [model.name, model.status])).toEqual([
      ['Nynäshamnsmodellen', 'replaced'],
      ['Samverkansmodell för barn och unga i riskzon', 'active'],
    ]);
  });

  it('answers a model with participants, focus areas, adoption, status and its successor', async () => {
    const response = await get(`/models/${n.oldModel}`, { asOf: '2023-11-06' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: n.oldModel,
      name: 'Nynäshamnsmodellen',
      focusAreas: ['Närvaro i förskolan', 'Närvaro i skolan', 'Våldsprevention'],
      principles: [],
      adoptedBy: { description: 'Samverkan mellan förvaltningarna NAF, BUF och SOF' },
      status: 'active',
      establishedOn: '2021-01-01',
      endedOn: '2025-01-01',
      predecessor: null,
      // Not established on that date, so named as last known.
      successor: { id: n.newModel, name: 'Samverkansmodell för barn och unga i riskzon' },
      asOf: '2023-11-06',
    });
    expect(response.body.participants.map((p: any) => [p.shortName, p.from, p.to])).toEqual([
      ['BUF', '2021-01-01', null],
      ['NAF', '2021-01-01', null],
      ['SOF', '2021-01-01', null],
    ]);
    const replaced = await get(`/models/${n.oldModel}`, { asOf: '2025-01-01' });
    expect(replaced.body).toMatchObject({
      status: 'replaced',
      successor: { id: n.newModel, name: 'Samverkansmodell för barn och unga i riskzon' },
    });
  });

  it('answers the successor with its predecessor, principles, and a participant that left', async () => {
    const response = await get(`/models/${n.newModel}`, { asOf: '2025-12-31' });
    expect(response.body).toMatchObject({
      predecessor: { id: n.oldModel, name: 'Nynäshamnsmodellen' },
      principles: [
        'Tydlig samarbetsstruktur',
        'Fokus främjande och förebyggande',
        'Skyddsfaktorer',
      ],
    });
    expect(response.body.participants.find((p: any) => p.shortName === 'NAF')).toMatchObject({
      from: '2024-11-14',
      to: '2026-01-01',
    });
    const later = await get(`/models/${n.newModel}`, { asOf: '2026-01-01' });
    expect(later.body.participants.map((p: any) => p.shortName)).toEqual(['BUF', 'SOF']);
  });

  it('answers 404 MODEL.NOT_FOUND for an unknown model and before it was established', async () => {
    expectProblem(await get('/models/no-such-model'), 404, 'MODEL.NOT_FOUND');
    expectProblem(
      await get(`/models/${n.newModel}`, { asOf: '2024-11-13' }),
      404,
      'MODEL.NOT_FOUND',
    );
    expectProblem(await get('/models/no-such-model/history'), 404, 'MODEL.NOT_FOUND');
  });

  it("shows the replacement in the old model's history with its actor and reason", async () => {
    const response = await get(`/models/${n.oldModel}/history`);
    expect(response.status).toBe(200);
    const types = response.body.events.map((event: { type: string }) => event.type);
    expect(types[0]).toBe('ModelEstablished');
    expect(types).toContain('GroupAttached');
    const replaced = response.body.events.find((event: any) => event.type === 'ModelReplaced');
    expect(replaced).toMatchObject({
      data: { modelId: n.oldModel, successorId: n.newModel, effectiveOn: '2025-01-01' },
      validFrom: '2025-01-01',
      actor: { id: 'local-developer', name: 'Local developer', role: 'admin', organisation: 'DEV' },
      reason: 'Gemensamt AU 2024-11-14 § 79/24: samverkansmodellen ersätter Nynäshamnsmodellen',
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(replaced.data.groups).toHaveLength(6);
    const revisions = response.body.events.map((event: { revision: number }) => event.revision);
    expect(revisions).toEqual(revisions.map((_: number, index: number) => index));
    const known = await get(`/models/${n.oldModel}/history`, { knownAt: n.beforeReplacement });
    expect(known.body.events.map((event: { type: string }) => event.type)).not.toContain(
      'ModelReplaced',
    );
  });
});
