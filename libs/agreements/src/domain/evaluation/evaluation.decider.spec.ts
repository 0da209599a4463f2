import { given, run } from '@app/testing';
import {
  evaluationDecider as decider,
  type DefineEvaluation,
  type RecordRound,
} from './evaluation.decider';
import { roundStatistics } from './statistics';
import { spiderChart } from './spider-chart';

const define = (over: Partial<DefineEvaluation['data']> = {}): DefineEvaluation => ({
  type: 'DefineEvaluation',
  data: {
    evaluationId: 'ev-1',
    name: 'Självskattning',
    subject: { kind: 'model', id: 'model-1' },
    dimensions: ['a', 'b', 'c'].map((key) => ({ key, label: key.toUpperCase() })),
    scale: { min: 1, max: 5 },
    definedOn: '2024-01-01',
    ...over,
  },
});
const round = (
  heldOn: string,
  scores: number[],
  over: Partial<RecordRound['data']> = {},
): RecordRound => ({
  type: 'RecordRound',
  data: {
    evaluationId: 'ev-1',
    heldOn,
    respondents: [{ organisationId: 'org-naf', count: 3 }],
    scores: scores.map((score, i) => ({
      organisationId: 'org-naf',
      dimension: ['a', 'b', 'c'][i]!,
      score,
    })),
    ...over,
  },
});
const defined = run(decider, [define()]);

describe('evaluation decider', () => {
  it.each([
    [
      'fewer than three dimensions',
      { dimensions: [{ key: 'a', label: 'A' }] },
      'EVALUATION.DIMENSIONS_TOO_FEW',
    ],
    [
      'a dimension twice',
      { dimensions: ['a', 'a', 'b'].map((key) => ({ key, label: key })) },
      'EVALUATION.DIMENSION_REPEATED',
    ],
    ['a scale upside down', { scale: { min: 5, max: 1 } }, 'EVALUATION.INVALID_SCALE'],
  ])('refuses an instrument with %s', (_what, over, code) => {
    given(decider).when(define(over)).thenFails(code, 'invalid');
  });

  it('numbers rounds in order and refuses one held before the last', () => {
    const first = [...defined, ...run(decider, [round('2024-02-01', [3, 3, 3])], defined)];
    expect(first[1]!.data).toMatchObject({ round: 1 });
    given(decider, first)
      .when(round('2024-02-01', [3, 3, 3]))
      .thenFails('EVALUATION.ROUND_OUT_OF_ORDER', 'invalid');
  });

  it.each([
    ['off the scale', round('2024-02-01', [6, 3, 3]), 'EVALUATION.SCORE_OUT_OF_SCALE'],
    [
      'for an unknown dimension',
      round('2024-02-01', [3], {
        scores: [{ organisationId: 'org-naf', dimension: 'z', score: 3 }],
      }),
      'EVALUATION.DIMENSION_NOT_FOUND',
    ],
    [
      'by an organisation not among the respondents',
      round('2024-02-01', [3], {
        scores: [{ organisationId: 'org-buf', dimension: 'a', score: 3 }],
      }),
      'EVALUATION.RESPONDENT_NOT_LISTED',
    ],
    ['with no scores', round('2024-02-01', []), 'EVALUATION.SCORES_REQUIRED'],
  ])('refuses a score %s', (_what, command, code) => {
    given(decider, defined).when(command).thenFails(code, 'invalid');
  });

  it('computes mean, spread and change, and draws them with a title and description', () => {
    const events = run(decider, [
      define(),
      round('2024-02-01', [2, 3, 4]),
      round('2024-06-01', [3, 3, 2]),
    ]);
    const evaluation = given(decider, events).state;
    if (evaluation.status === 'none') throw new Error('defined');
    expect(roundStatistics(evaluation, 2).map((s) => [s.key, s.mean, s.spread, s.change])).toEqual([
      ['a', 3, 0, 1],
      ['b', 3, 0, 0],
      ['c', 2, 0, -2],
    ]);
    const svg = spiderChart({ ...evaluation, name: 'A <b>' }, 2, 1);
    expect(svg).toContain('<title id="title">A &lt;b&gt;, omgång 2 jämförd med omgång 1</title>');
    expect(svg).toContain('<desc id="desc">Skala 1–5. Omgång 2 (2024-06-01): A 3; B 3; C 2.');
  });
});
