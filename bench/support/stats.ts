/** Summaries of latency samples and of interleaved rounds: medians, because the machine is shared. */

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Milliseconds since an arbitrary origin, sub-millisecond. */
export const now = (): number => performance.now();

export const round1 = (value: number): string =>
  Number.isFinite(value) ? value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2) : '–';

export const ratio = (a: number, b: number): string =>
  Number.isFinite(a / b) ? (a / b).toFixed(2) : '–';

/** Samples the process's RSS every few milliseconds while `work` runs; answers the peak in MB. */
export async function withPeakRss<T>(
  work: () => Promise<T>,
): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMb: peak / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}
