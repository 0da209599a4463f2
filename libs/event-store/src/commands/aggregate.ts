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

/**
 * An aggregate from its domain's parts, its types read off the decider:
 *
 *   export const groupAggregate = aggregateOf('group', {
 *     decider: groupDecider, streamOf: groupStream, validFromOf: validFromOfGroupEvent,
 *     eventVersions: GROUP_EVENT_VERSIONS,
 *   });
 */
export function aggregateOf<C extends Message, E extends Message, S>(
  name: string,
  parts: {
    decider: Decider<C, E, S>;
    streamOf(id: string): string;
    validFromOf(event: E): string | undefined;
    /** Each event type's schema version as written now. */
    eventVersions: Record<E['type'], number>;
  },
): Aggregate<C, E, S> {
  const { eventVersions, ...rest } = parts;
  return { name, ...rest, schemaVersionOf: (type) => eventVersions[type] };
}
