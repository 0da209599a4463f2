import type { Decider } from '@app/kernel';

export function fold<C, E, S>(
  decider: Decider<C, E, S>,
  events: readonly E[],
  state: S = decider.initialState,
): S {
  return events.reduce<S>((current, event) => decider.evolve(current, event), state);
}

/** Decides a command and returns the events with the state they lead to. */
export function step<C, E, S>(
  decider: Decider<C, E, S>,
  command: C,
  state: S,
): { events: E[]; state: S } {
  const events = decider.decide(command, state);
  return { events, state: fold(decider, events, state) };
}
