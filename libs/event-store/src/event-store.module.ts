import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, SQL_DATABASE, type AppConfig, type SqlDatabase } from '@app/platform';
import { ActorNames } from './actor-names';
import { CommandExecutor } from './commands/command-executor';
import { DecideHandler } from './commands/bus-commands';
import { createEventStore } from './create-event-store';
import type { EventStore } from './event-store.port';

export const EVENT_STORE = Symbol('EVENT_STORE');

/**
 * The process's one EventStore, chosen by EVENT_STORE, the command executor over it, the
 * handler of every single-stream command (Decide), and where callers' names are kept.
 */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [APP_CONFIG, SQL_DATABASE],
      useFactory: (config: AppConfig, database: SqlDatabase): EventStore =>
        createEventStore(config.eventStore, database),
    },
    {
      provide: ActorNames,
      inject: [SQL_DATABASE],
      useFactory: (database: SqlDatabase) => new ActorNames(database),
    },
    {
      provide: CommandExecutor,
      inject: [EVENT_STORE, ActorNames],
      useFactory: (store: EventStore, names: ActorNames) => new CommandExecutor(store, names),
    },
    DecideHandler,
  ],
  exports: [EVENT_STORE, ActorNames, CommandExecutor],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
