import type { EventStoreConfig, SqlDatabase } from '@app/platform';
import { ActorNames } from './actor-names';
import type { EventStore } from './event-store.port';
import { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';
import type { Upcasters } from './upcasters';

/** The store EVENT_STORE names: events beside the read models, or in KurrentDB. */
export function createEventStore(
  config: EventStoreConfig,
  database: SqlDatabase,
  upcasters?: Upcasters,
): EventStore {
  return config.kind === 'kurrentdb'
    ? KurrentDbEventStore.connect(config.url, { upcasters, callerNames: new ActorNames(database) })
    : new PostgresEventStore(database, { upcasters });
}
