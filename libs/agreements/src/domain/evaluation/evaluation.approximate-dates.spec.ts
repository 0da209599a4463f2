import { given, run } from '@app/testing';
import { evaluationDecider as decider, type RecordRound } from './evaluation.decider';

/** "Självskattningen gjordes hösten 2023": an evaluation's dates as the source gives them. */
describe('evaluation dates as precise as the source', () => {
  const defined = run(decider, [
    {
      type: 'DefineEvaluation',
      data: {
        evaluationId: 'ev-1',
        name: 'Samverkan på riktigt',
        subject: { kind: 'model', id: 'model-1' },
        dimensions: ['a', 'b', 'c'].map((key) => ({ key, label: key.toUpperCase() })),
        scale: { min: 1, max: 5 },
        definedOn: '2023',
      },
    },
  ]);
  const round = (heldOn: string): RecordRound => ({
    type: 'RecordRound',
    data: {
      evaluationId: 'ev-1',
      heldOn,
      respondents: [{ organisationId: 'org-naf', count: 1 }],
      scores: ['a', 'b', 'c'].map((dimension) => ({
        organisationId: 'org-naf',
        dimension,
        score: 3,
      })),
    },
  });

  it('keeps the dates as given', () => {
    expect(defined[0]!.data).toMatchObject({ definedOn: '2023' });
    given(decider, defined)
      .when(round('2023-10'))
      .then([expect.objectContaining({ data: expect.objectContaining({ heldOn: '2023-10' }) })]);
  });

  it('refuses a round only when certainly before the instrument', () => {
    given(decider, defined)
      .when(round('2023-01-01'))
      .then([expect.objectContaining({ type: 'RoundRecorded' })]);
    given(decider, defined)
      .when(round('2022-12'))
      .thenFails('EVALUATION.ROUND_OUT_OF_ORDER', 'invalid');
  });

  it('places a round after the last one by first possible days, one year twice in order', () => {
    const first = [...defined, ...run(decider, [round('2023-10')], defined)];
    given(decider, first)
      .when(round('2023-10'))
      .then([expect.objectContaining({ data: expect.objectContaining({ round: 2 }) })]);
    given(decider, first).when(round('2023')).thenFails('EVALUATION.ROUND_OUT_OF_ORDER', 'invalid');
    given(decider, first)
      .when(round('2023-11-15'))
      .then([expect.objectContaining({ type: 'RoundRecorded' })]);
  });

  it('refuses a date that is no date', () => {
    given(decider, defined)
      .when(round('hösten 2023'))
      .thenFails('EVALUATION.INVALID_DATE', 'invalid');
  });
});
