import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { openDatabase, type SqlDatabase } from './database';
import { migrateToLatest } from './migrate';

export const SQL_DATABASE = Symbol('SQL_DATABASE');

/** Opens the database once per process and migrates it to the latest schema before anything uses it. */
@Global()
@Module({
  providers: [
    {
      provide: SQL_DATABASE,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<SqlDatabase> => {
        const database = await openDatabase(config.database);
        try {
          await migrateToLatest(database.db);
        } catch (error) {
          await database.close();
          throw error;
        }
        return database;
      },
    },
  ],
  exports: [SQL_DATABASE],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(SQL_DATABASE) private readonly database: SqlDatabase) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}
