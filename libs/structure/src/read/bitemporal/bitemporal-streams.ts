import type { IsoDate } from '../../domain';
import type { Fact, Version } from './timeline';
import type { VersionTable } from './version-table';

/**
 * What a bitemporal projection is made of: the streams it reads and how their facts become
 * versions of each of its tables.
 */
export interface BitemporalStreams<E> {
  name: string;
  version: number;
  handles: readonly string[];
  tables: readonly VersionTable[];
  /** The id of the entity the stream is about, from any of its events. */
  scopeOf(event: E): string;
  validFromOf(event: E): IsoDate;
  /** Every table's versions (by table name) from the stream's facts known so far. */
  derive(facts: readonly Fact<E>[]): Record<string, Version[]>;
}
