import {
  Global,
  Inject,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, SQL_DATABASE, type AppConfig, type SqlDatabase } from '@app/platform';
import { ActorNames } from './actor-names';
import { CommandExecutor } from './commands/command-executor';
import { DecideHandler } from './commands/bus-commands';
import { createEventStore } from './create-event-store';
import type { EventStore } from './event-store.port';
import { Upcasters } from './upcasters';
import { upcasting } from './upcasting-event-store';

/** The store as the application reads it: old events in their newest shape (upcasted). */
export const EVENT_STORE = Symbol('EVENT_STORE');
/** The same store with events exactly as stored: for whatever recomputes their hashes. */
export const RAW_EVENT_STORE = Symbol('RAW_EVENT_STORE');

/**
 * The process's one EventStore, chosen by EVENT_STORE, read through the contexts' upcasters,
 * the command executor over it, the handler of every single-stream command (Decide), and where
 * callers' names are read from.
 */
@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(RAW_EVENT_STORE) private readonly store: EventStore) {}

  static forRoot(upcasters: Upcasters = new Upcasters()): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        {
          provide: RAW_EVENT_STORE,
          inject: [APP_CONFIG, SQL_DATABASE],
          useFactory: (config: AppConfig, database: SqlDatabase): EventStore =>
            createEventStore(config.eventStore, database),
        },
        {
          provide: EVENT_STORE,
          inject: [RAW_EVENT_STORE],
          useFactory: (store: EventStore): EventStore => upcasting(store, upcasters),
        },
        {
          provide: ActorNames,
          inject: [SQL_DATABASE],
          useFactory: (database: SqlDatabase) => new ActorNames(database),
        },
        {
          provide: CommandExecutor,
          inject: [EVENT_STORE],
          useFactory: (store: EventStore) => new CommandExecutor(store),
        },
        DecideHandler,
      ],
      exports: [EVENT_STORE, RAW_EVENT_STORE, ActorNames, CommandExecutor],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
