import { Logger, type INestApplication } from '@nestjs/common';
import {
  ConfigError,
  DataDirLockedError,
  assertDataDirFree,
  SQL_DATABASE,
  loadConfig,
  type SqlDatabase,
} from '@app/platform';
import { createApp } from './app.factory';
import { startupSummary } from './startup/startup-summary';

async function main(): Promise<void> {
  const config = loadConfig();
  // Said before Nest starts, so the answer is this message and not a start-up log and a stack.
  if (config.database.kind === 'pglite') assertDataDirFree(config.database.dataDir);
  const started: { app?: INestApplication } = {};
  // Handlers go in before start-up, so a SIGTERM that comes early still ends the process cleanly.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      // Stop taking requests, let those under way finish, close the database, then exit 0.
      new Logger('Shutdown').log(`${signal} received: draining and closing`);
      (started.app ? started.app.close() : Promise.resolve()).then(
        () => process.exit(0),
        (error: unknown) => {
          new Logger('Shutdown').error(error);
          process.exit(1);
        },
      );
    });
  }
  started.app = await createApp(config);
  await started.app.listen(config.port, config.host);
  const url = (await started.app.getUrl()).replace('[::1]', 'localhost');
  // Another process that finds the embedded database taken learns where to ask instead.
  started.app.get<SqlDatabase>(SQL_DATABASE).lock?.describe({ url, auth: config.auth.mode });
  new Logger('Samverkan').log(startupSummary(config, url));
}

main().catch((error: unknown) => {
  // Before the logger exists (bad configuration) a plain message is the clearest answer.
  const plain = error instanceof ConfigError || error instanceof DataDirLockedError;
  console.error(plain ? (error as Error).message : error);
  process.exit(1);
});
