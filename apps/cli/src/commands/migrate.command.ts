import type { Command } from 'commander';
import { loadConfig, migrateToLatest, openDatabase } from '@app/platform';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description(
      'bring the database schema to the latest migration (the API also does this on start)',
    )
    .action(async () => {
      const config = loadConfig();
      const database = await openDatabase(config.database);
      try {
        const applied = await migrateToLatest(database.db);
        console.log(
          applied.length === 0
            ? 'Schema is up to date.'
            : `Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join('\n')}`,
        );
      } finally {
        await database.close();
      }
    });
}
