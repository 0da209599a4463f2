import { isIsoDate, type IsoDate } from '@app/kernel';

export const PERIODICITIES = ['year', 'tertial', 'month'] as const;
export type Periodicity = (typeof PERIODICITIES)[number];

const FORMS: Record<Periodicity, RegExp> = {
  year: /^(\d{4})$/,
  tertial: /^(\d{4})-T([1-3])$/,
  month: /^(\d{4})-(\d{2})$/,
};

/**
 * A period as written for its periodicity ("2024", "2024-T2", "2024-05"), with its first day;
 * null when no such period exists (a thirteenth month, a fourth tertial, a malformed text).
 */
export function periodStart(periodicity: Periodicity, period: unknown): IsoDate | null {
  if (typeof period !== 'string') return null;
  const match = FORMS[periodicity]?.exec(period);
  if (!match) return null;
  const year = match[1]!;
  const start =
    periodicity === 'year'
      ? `${year}-01-01`
      : periodicity === 'tertial'
        ? `${year}-${String((Number(match[2]) - 1) * 4 + 1).padStart(2, '0')}-01`
        : `${year}-${match[2]}-01`;
  return isIsoDate(start) ? start : null;
}
