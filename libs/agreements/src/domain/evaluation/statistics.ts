import type { Evaluation } from './evaluation.decider';

export interface DimensionStatistics {
  key: string;
  label: string;
  n: number;
  mean: number | null;
  /** Population standard deviation of the scores. */
  spread: number | null;
  min: number | null;
  max: number | null;
  /** Mean minus the previous round's mean; null in the first round or without scores. */
  change: number | null;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Per dimension of a round: how many scored, the mean and spread, and the change since the round before. */
export function roundStatistics(evaluation: Evaluation, round: number): DimensionStatistics[] {
  const current = evaluation.rounds[round - 1];
  const previous = evaluation.rounds[round - 2];
  if (!current) return [];
  const meanOf = (scores: number[]) =>
    scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
  return evaluation.dimensions.map(({ key, label }) => {
    const scores = current.scores.filter((s) => s.dimension === key).map((s) => s.score);
    const mean = meanOf(scores);
    const before = previous
      ? meanOf(previous.scores.filter((s) => s.dimension === key).map((s) => s.score))
      : null;
    const spread =
      mean === null
        ? null
        : Math.sqrt(scores.reduce((sum, s) => sum + (s - mean) ** 2, 0) / scores.length);
    return {
      key,
      label,
      n: scores.length,
      mean: mean === null ? null : round2(mean),
      spread: spread === null ? null : round2(spread),
      min: scores.length ? Math.min(...scores) : null,
      max: scores.length ? Math.max(...scores) : null,
      change: mean === null || before === null ? null : round2(mean - before),
    };
  });
}
