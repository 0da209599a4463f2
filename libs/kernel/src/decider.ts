/**
 * An aggregate as a pure function pair: `decide` turns a command and the current state into
 * events (or throws a DomainError), `evolve` folds an event into the state. No I/O, no clock.
 */
export interface Decider<Command, Event, State> {
  initialState: State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State): Event[];
}

/** Commands and events are plain data: a type tag and a payload. */
export interface Message<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}
