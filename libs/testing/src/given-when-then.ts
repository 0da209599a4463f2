import { DomainError, type Decider, type DomainErrorKind } from '@app/kernel';

/**
 * Decider specs read as "given these events, when this command, then these events or this
 * error". Shared by every context's decider specs; no Nest, no database.
 */
export function given<C, E, S>(decider: Decider<C, E, S>, events: readonly E[] = []) {
  const state = fold(decider, events);
  return {
    state,
    when(command: C) {
      const run = (): E[] => {
        const decided = decider.decide(command, state);
        // The store keeps events as JSON: anything that would not survive the trip (undefined,
        // Dates, class instances) would hash differently when it is read back.
        expect(JSON.parse(JSON.stringify(decided))).toStrictEqual(decided);
        return decided;
      };
      return {
        events: run,
        /** The state after the decided events. */
        state: (): S => fold(decider, run(), state),
        then(expected: readonly E[]): void {
          expect(run()).toStrictEqual(expected);
        },
        thenFails(code: string, kind?: DomainErrorKind): DomainError {
          const error = failureOf(run);
          expect(error.code).toBe(code);
          if (kind) expect(error.kind).toBe(kind);
          return error;
        },
      };
    },
  };
}

export function fold<C, E, S>(
  decider: Decider<C, E, S>,
  events: readonly E[],
  state = decider.initialState,
): S {
  return events.reduce<S>((current, event) => decider.evolve(current, event), state);
}

/** Decides each command on the state the previous ones led to; all their events, in order. */
export function run<C, E, S>(
  decider: Decider<C, E, S>,
  commands: readonly C[],
  from: readonly E[] = [],
): E[] {
  const events = [...from];
  for (const command of commands) events.push(...decider.decide(command, fold(decider, events)));
  return events.slice(from.length);
}

export function failureOf(action: () => unknown): DomainError {
  let result: unknown;
  try {
    result = action();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`Expected a DomainError, but the command decided ${JSON.stringify(result)}`);
}
