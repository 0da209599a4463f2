import type { EconomyLine } from './agreement.content';

/**
 * The economy as the agreement states it: each line with volume × unit price beside its
 * compensation, flagged (never refused) where they differ, and the total per year. Amounts are
 * tkr; a line without a unit price (an appropriation, say) is not compared.
 */
export function economyOf(lines: readonly EconomyLine[]) {
  const checked = lines.map((line) => {
    const computed =
      line.volume === null || line.unitPrice === null
        ? null
        : Math.round(line.volume * line.unitPrice * 1000) / 1000;
    return { ...line, computed, mismatch: computed !== null && computed !== line.compensation };
  });
  const years = [...new Set(checked.map((line) => line.year))].sort();
  return {
    lines: checked,
    totals: years.map((year) => ({
      year,
      compensation: sum(checked.filter((l) => l.year === year).map((l) => l.compensation)),
    })),
    mismatches: checked.filter((line) => line.mismatch).length,
  };
}

const sum = (values: number[]) =>
  Math.round(values.reduce((total, value) => total + value, 0) * 1000) / 1000;
