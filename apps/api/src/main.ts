import { Logger, type INestApplication } from '@nestjs/common';
import { ConfigError, loadConfig } from '@app/platform';
import { createApp } from './app.factory';

async function main(): Promise<void> {
  const config = loadConfig();
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
}

main().catch((error: unknown) => {
  // Before the logger exists (bad configuration) a plain message is the clearest answer.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
