import { KoladaClient, importKolada } from '@app/agreements';
import type { TestApp } from '../../support/test-app';
import { startKoladaFixtures } from '../../agreements/kolada-server';
import type { NykopingAgreement } from '../../../apps/cli/src/demo/nykoping-agreement.demo';
import { get, post, recordSeed, startNykopingApp, testEngines } from './agreements-api';

/** Kolada's values, fetched from fixtures on 127.0.0.1, recorded through HTTP as indicator values. */
describe.each(testEngines)('Kolada import on %s', (engine) => {
  let api: TestApp;
  let seed: NykopingAgreement;
  let kolada: Awaited<ReturnType<typeof startKoladaFixtures>>;
  beforeAll(async () => {
    api = await startNykopingApp(engine);
    seed = await recordSeed(api);
    kolada = await startKoladaFixtures();
  }, 240_000);
  afterAll(async () => {
    await kolada.close();
    await api.close();
  });

  it('records the values of every page with the gender split where the KPI has it, and provenance', async () => {
    const client = new KoladaClient({ baseUrl: `${kolada.base}/v3`, retryDelayMs: 1 });
    let position = '0';
    const reports = await importKolada(
      client,
      {
        indicatorsFor: async (kpiId) => (await get(api, '/indicators', { kpiId })).body.indicators,
        recordValues: async (indicatorId, body) => {
          position = (await post(api, `/indicators/${indicatorId}/values`, body)).position;
        },
      },
      { kpis: ['N00955', 'U40457'], municipality: '0480', years: [2022, 2023] },
    );
    expect(reports).toEqual([
      {
        kpi: 'N00955',
        dividedByGender: true,
        indicators: [seed.indicators.kolada['N00955']],
        values: 6,
        nulls: 1,
      },
      {
        kpi: 'U40457',
        dividedByGender: false,
        indicators: [seed.indicators.kolada['U40457']],
        values: 1,
        nulls: 0,
      },
    ]);
    const split = await get(api, `/indicators/${seed.indicators.kolada['N00955']}/values`, {
      consistentWith: position,
    });
    expect(split.body.periods).toEqual([
      expect.objectContaining({
        period: '2022',
        municipality: '0480',
        values: expect.objectContaining({ K: expect.objectContaining({ value: 24.1 }) }),
      }),
      expect.objectContaining({
        period: '2023',
        values: {
          K: expect.objectContaining({ value: 26 }),
          M: expect.objectContaining({ value: null, status: 'Missing' }),
          T: expect.objectContaining({
            value: 29.3,
            provenance: expect.objectContaining({
              source: 'kolada',
              document: `${kolada.base}/v3/data/kpi/N00955,U40457/municipality/0480/year/2022,2023`,
              sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
            }),
          }),
        },
      }),
    ]);
    const total = await get(api, `/indicators/${seed.indicators.kolada['U40457']}/values`);
    expect(total.body.periods).toEqual([
      expect.objectContaining({
        period: '2023',
        values: { T: expect.objectContaining({ value: 41 }) },
      }),
    ]);
    // The council goal's desired result "långtidsarbetslösheten ska minska" is measured from the latest totals.
    const agreement = await get(api, `/agreements/${seed.agreement}`, { asOf: '2024-06-01' });
    const lower = agreement.body.goals[0].desiredResults[1].measures.find(
      (m: { indicatorId: string }) => m.indicatorId === seed.indicators.kolada['N00955'],
    );
    expect(lower).toMatchObject({
      latest: { period: '2023', value: 29.3 },
      previous: { period: '2022', value: 27.6 },
      progress: 'worsening',
    });
  });
});
