import fc from 'fast-check';
import type { Decider } from '@app/kernel';

/**
 * Random histories that the deciders accept: random intents are turned into commands against
 * the state so far, and whatever a decider refuses is left out. Dates come from a small set so
 * that facts often fall on the same day; record times run forwards, sometimes several appends
 * in one instant, and have nothing to do with the dates (history imported late, plans recorded
 * early).
 */
export const DATES = Array.from({ length: 24 }, (_, index) => {
  const day = new Date(Date.UTC(2020, 0, 1) + index * 73 * 86_400_000);
  return day.toISOString().slice(0, 10);
});

export interface Append {
  stream: string;
  recordedAt: string;
  events: { type: string; data: unknown }[];
}

export const date = fc.integer({ min: 0, max: DATES.length - 1 }).map((index) => DATES[index]);
export const pick = (max: number) => fc.integer({ min: 0, max });
/** Milliseconds to the next append: 0 is the same instant (another writer, same ms). */
const step = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5_000 }));

/** Ends and replacements are rarer than changes, so that streams live long enough to matter. */
export const groupIntent = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('add'),
      who: pick(3),
      org: pick(2),
      role: pick(6),
      from: date,
      to: fc.option(date),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('role'), seat: pick(5), role: pick(6), on: date }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('end'), seat: pick(5), to: date }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('mandate'), text: pick(3), on: date }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move'), parent: pick(2), on: date }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('transfer'), on: date }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dissolve'), on: date }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge'), on: date }) },
);
export type GroupIntent = typeof groupIntent extends fc.Arbitrary<infer T> ? T : never;

export const modelIntent = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('add'), org: pick(3), on: date }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('leave'), org: pick(3), on: date }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('amend'), text: pick(3), on: date }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retire'), on: date }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace'), on: date }) },
);
export type ModelIntent = typeof modelIntent extends fc.Arbitrary<infer T> ? T : never;

export const organisationIntent = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('rename'), text: pick(3), on: date }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dissolve'), on: date }) },
);
export type OrganisationIntent =
  typeof organisationIntent extends fc.Arbitrary<infer T> ? T : never;

const timed = <T>(intent: fc.Arbitrary<T>) => fc.record({ intent, step });
/** Streams start early in the range of dates, so that most later dates can follow their start. */
const first = fc.integer({ min: 0, max: 8 }).map((index) => DATES[index]);
export const stream = <T>(intent: fc.Arbitrary<T>) =>
  fc.record({
    first,
    start: pick(400),
    rest: fc.array(timed(intent), { minLength: 6, maxLength: 20, size: 'max' }),
  });

export type Stream<T> = { first: string; start: number; rest: { intent: T; step: number }[] };

/** Each stream starts at its own record time (in 2024, in days), then steps forwards. */
export function run<C, E, S>(
  decider: Decider<C, E, S>,
  name: string,
  history: Stream<unknown>,
  first: C,
  next: (intent: never, state: S) => C | undefined,
): Append[] {
  let state = decider.initialState;
  let at = Date.UTC(2024, 0, 1) + history.start * 86_400_000;
  const appends: Append[] = [];
  for (const [index, entry] of [{ intent: undefined, step: 0 }, ...history.rest].entries()) {
    at += entry.step;
    const command = index === 0 ? first : next(entry.intent as never, state);
    if (command === undefined) continue;
    let events: E[];
    try {
      events = decider.decide(command, state);
    } catch {
      continue; // a refused command records nothing
    }
    if (events.length === 0) continue;
    state = events.reduce(decider.evolve, state);
    const recordedAt = new Date(at).toISOString();
    appends.push({ stream: name, recordedAt, events: events as Append['events'] });
  }
  return appends;
}
