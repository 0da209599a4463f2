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
