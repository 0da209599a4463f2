import type { Decider, Message } from '@app/kernel';

/** How an aggregate's decider meets the store: its stream, and each event's valid date and version. */
export interface Aggregate<C extends Message, E extends Message, S> {
  /** Names the aggregate in ids and errors, e.g. `group`. */
  name: string;
  decider: Decider<C, E, S>;
  streamOf(id: string): string;
  /**
   * The date the fact holds from, as given (YYYY, YYYY-MM or YYYY-MM-DD): its first possible day
   * becomes the envelope's validFrom.
   */
  validFromOf(event: E): string | undefined;
  /** Schema version of an event type as written now (default 1); upcasters handle older ones. */
  schemaVersionOf?(type: E['type']): number;
}

/** An aggregate as the store holds it now. */
export interface Loaded<S> {
  state: S;
  /** The revision of its last event; -1 when it has none. */
  revision: number;
  exists: boolean;
}
