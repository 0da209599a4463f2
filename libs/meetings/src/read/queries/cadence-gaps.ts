import { daysBetween, type IsoDate } from '../../domain';

export interface CadenceInterval {
  from: IsoDate;
  to: IsoDate;
  days: number;
  /** Where the interval lies: before the window's first meeting, between two, or after the last. */
  edge: 'start' | 'between' | 'end';
}

export interface CadenceWindow {
  /** Held meeting dates inside the window, ascending. */
  held: readonly IsoDate[];
  /** Where the first interval starts: the last meeting before the window, else its start. */
  start: IsoDate;
  /** Where the last interval ends: the window's end, no later than today or the group's end. */
  end: IsoDate;
  minWeeks: number;
  maxWeeks: number;
}

/**
 * Intervals between meetings against the agreed cadence ("every 4 to 6 weeks"). A demanding
 * reader counts the silence at both ends too: from the meeting before the window (or the
 * window's start) to the first meeting in it, and from the last meeting to the window's end.
 * An interval is a gap when it is longer than maxWeeks; between two meetings it is short when
 * it is under minWeeks (the edges are not meetings, so they are never "too soon").
 */
export function cadenceIntervals(window: CadenceWindow): {
  gaps: CadenceInterval[];
  short: CadenceInterval[];
} {
  const points = [window.start, ...window.held, window.end];
  const intervals: CadenceInterval[] = [];
  for (let index = 1; index < points.length; index++) {
    const [from, to] = [points[index - 1]!, points[index]!];
    if (to < from) continue;
    const edge = index === 1 ? 'start' : index === points.length - 1 ? 'end' : 'between';
    intervals.push({ from, to, days: daysBetween(from, to), edge });
  }
  return {
    gaps: intervals.filter((interval) => interval.days > window.maxWeeks * 7),
    short: intervals.filter(
      (interval) => interval.edge === 'between' && interval.days < window.minWeeks * 7,
    ),
  };
}

/** One term (VT: January-June, HT: August-December) or calendar year of a count cadence. */
export interface CadencePeriodCount {
  /** "VT 2024", "HT 2024", "2024". */
  period: string;
  from: IsoDate;
  to: IsoDate;
  expected: number;
  held: number;
  /** Booked and not (yet) held nor cancelled. */
  booked: number;
  /** Held at least as many as agreed. */
  met: boolean;
  /** Held and booked together reach the agreed number: the plan would meet it. */
  planned: boolean;
}

/**
 * A count cadence ("twice per term", "eight a year") against the meetings held and booked in
 * every whole period that overlaps the window [from, to]. July is in no term: a meeting then
 * counts for no term (and for its year).
 */
export function cadencePeriods(
  cadence: { count: number; per: 'term' | 'year' },
  window: { from: IsoDate; to: IsoDate },
  meetings: readonly { date: IsoDate; status: 'held' | 'scheduled' | 'cancelled' }[],
): CadencePeriodCount[] {
  const periods = periodsOverlapping(cadence.per, window.from, window.to);
  return periods.map(({ period, from, to }) => {
    const inside = meetings.filter((m) => m.date >= from && m.date <= to);
    const held = inside.filter((m) => m.status === 'held').length;
    const booked = inside.filter((m) => m.status === 'scheduled').length;
    return {
      period,
      from,
      to,
      expected: cadence.count,
      held,
      booked,
      met: held >= cadence.count,
      planned: held + booked >= cadence.count,
    };
  });
}

/** The terms or years that overlap [from, to], in order. */
export function periodsOverlapping(
  per: 'term' | 'year',
  from: IsoDate,
  to: IsoDate,
): { period: string; from: IsoDate; to: IsoDate }[] {
  const periods: { period: string; from: IsoDate; to: IsoDate }[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    const ofYear =
      per === 'year'
        ? [{ period: String(year), from: `${year}-01-01`, to: `${year}-12-31` }]
        : [
            { period: `VT ${year}`, from: `${year}-01-01`, to: `${year}-06-30` },
            { period: `HT ${year}`, from: `${year}-08-01`, to: `${year}-12-31` },
          ];
    periods.push(...ofYear.filter((p) => p.to >= from && p.from <= to));
  }
  return periods;
}
