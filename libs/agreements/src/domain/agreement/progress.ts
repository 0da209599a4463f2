import type { DesiredResult } from './agreement.content';

export interface Measured {
  period: string;
  value: number;
}

export const PROGRESSES = [
  'achieved',
  'improving',
  'unchanged',
  'worsening',
  'no-data',
  'not-measurable',
] as const;
export type Progress = (typeof PROGRESSES)[number];

/**
 * Progress against a desired result from the latest values of the indicator measuring it
 * (periods in order, totals only): achieved once the latest meets the target; otherwise the
 * move since the period before, judged by the direction wanted. A result without a direction
 * ("fler ska …" is a direction; a qualitative aim is not) is for people to judge.
 */
export function progressOf(result: DesiredResult, series: readonly Measured[]) {
  const ordered = [...series].sort((a, b) => a.period.localeCompare(b.period));
  const latest = ordered.at(-1) ?? null;
  const previous = ordered.at(-2) ?? null;
  return { latest, previous, progress: judge(result, latest, previous) };
}

function judge(
  result: DesiredResult,
  latest: Measured | null,
  previous: Measured | null,
): Progress {
  if (result.direction === null) return 'not-measurable';
  if (latest === null) return 'no-data';
  const better = (a: number, b: number) => (result.direction === 'increase' ? a > b : a < b);
  if (
    result.target !== null &&
    (latest.value === result.target || better(latest.value, result.target))
  ) {
    return 'achieved';
  }
  if (previous === null) return 'no-data';
  if (latest.value === previous.value) return 'unchanged';
  return better(latest.value, previous.value) ? 'improving' : 'worsening';
}
