import type { TestApp } from '../../support/test-app';
import { expectProblem } from '../../support/test-app';
import type { NykopingAgreement } from '../../../apps/cli/src/demo/nykoping-agreement.demo';
import { API, get, post, recordSeed, startNykopingApp, testEngines } from './agreements-api';

/** A collaboration self-assessment of the agreement: two rounds, statistics, the spider diagram. */
describe.each(testEngines)('evaluations on %s', (engine) => {
  let api: TestApp;
  let seed: NykopingAgreement;
  let evaluationId: string;
  /** The last command's position: reads wait for the read model to pass it. */
  let position: string;
  beforeAll(async () => {
    api = await startNykopingApp(engine);
    seed = await recordSeed(api);
    evaluationId = (
      await post(api, '/evaluations', {
        name: 'Självskattning av samverkan KAN–DSO',
        subject: { kind: 'agreement', id: seed.agreement },
        dimensions: [
          { key: 'goals', label: 'Gemensamma mål' },
          { key: 'mandate', label: 'Tydligt mandat' },
          { key: 'trust', label: 'Tillit & dialog' },
          { key: 'follow-up', label: 'Uppföljning' },
        ],
        scale: { min: 1, max: 5 },
        definedOn: '2024-01-15',
      })
    ).id;
    const round = (heldOn: string, kan: number[], dso: number[]) => ({
      heldOn,
      respondents: [
        { organisationId: seed.kan, count: 1 },
        { organisationId: seed.dso, count: 1 },
      ],
      scores: ['goals', 'mandate', 'trust', 'follow-up'].flatMap((dimension, i) => [
        { organisationId: seed.kan, dimension, score: kan[i] },
        { organisationId: seed.dso, dimension, score: dso[i] },
      ]),
    });
    await post(
      api,
      `/evaluations/${evaluationId}/rounds`,
      round('2024-02-01', [3, 2, 4, 2], [3, 4, 4, 2]),
    );
    position = (
      await post(
        api,
        `/evaluations/${evaluationId}/rounds`,
        round('2024-09-01', [4, 3, 4, 3], [4, 5, 3, 3]),
      )
    ).position;
  }, 240_000);
  afterAll(() => api.close());

  it('gives per round and dimension the mean, spread and change from the round before', async () => {
    const response = await get(api, `/evaluations/${evaluationId}`, { consistentWith: position });
    expect(response.status).toBe(200);
    const [first, second] = response.body.rounds;
    expect(first.dimensions[1]).toMatchObject({
      key: 'mandate',
      n: 2,
      mean: 3,
      spread: 1,
      change: null,
    });
    expect(
      second.dimensions.map((d: { key: string; mean: number; change: number }) => [
        d.key,
        d.mean,
        d.change,
      ]),
    ).toEqual([
      ['goals', 4, 1],
      ['mandate', 4, 1],
      ['trust', 3.5, -0.5],
      ['follow-up', 3, 1],
    ]);
  });

  it('draws a round as an accessible spider diagram, compared with another', async () => {
    const response = await api.http
      .get(`${API}/evaluations/${evaluationId}/rounds/2/chart.svg`)
      .query({ compareWith: 1, consistentWith: position });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
    // supertest keeps an image's body as bytes.
    const svg = (response.body as Buffer).toString('utf8');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="title desc"');
    expect(svg).toMatch(
      /<title id="title">Självskattning av samverkan KAN–DSO, omgång 2 jämförd med omgång 1<\/title>/,
    );
    expect(svg).toContain('Tillit &amp; dialog 3.5');
    expect(svg.match(/<polygon/g)).toHaveLength(2);
    expect(svg.match(/<text /g)).toHaveLength(4);
  });

  it('refuses a score off the scale and a round out of order; 404 for a round that is not there', async () => {
    const bad = {
      heldOn: '2024-10-01',
      respondents: [{ organisationId: seed.kan, count: 1 }],
      scores: [{ organisationId: seed.kan, dimension: 'goals', score: 6 }],
    };
    expectProblem(
      await api.http.post(`${API}/evaluations/${evaluationId}/rounds`).send(bad),
      422,
      'EVALUATION.SCORE_OUT_OF_SCALE',
    );
    const early = { ...bad, heldOn: '2024-08-01', scores: [{ ...bad.scores[0], score: 3 }] };
    expectProblem(
      await api.http.post(`${API}/evaluations/${evaluationId}/rounds`).send(early),
      422,
      'EVALUATION.ROUND_OUT_OF_ORDER',
    );
    expectProblem(
      await api.http.get(`${API}/evaluations/${evaluationId}/rounds/3/chart.svg`),
      404,
      'EVALUATION.NOT_FOUND',
    );
  });
});
