import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { ConfigError, loadConfig, type AppConfig } from '@app/platform';
import type { Projection, ProjectionEngineOptions } from '@app/projections';
import { WorkerModule } from './worker.module';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** LOG_LEVEL as pino names it, mapped onto Nest's logger: info is log, trace is verbose. */
function logLevels(level: string): LogLevel[] | false {
  if (level === 'silent') return false;
  const nest =
    ({ info: 'log', trace: 'verbose' } as Record<string, LogLevel>)[level] ?? (level as LogLevel);
  return LEVELS.slice(0, LEVELS.indexOf(nest) + 1);
}

export async function createWorker(
  config: AppConfig,
  projections: readonly Projection[],
  engine: ProjectionEngineOptions = {},
): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(config, projections, engine),
    {
      logger: logLevels(config.logLevel),
    },
  );
  await app.init();
  return app;
}

/**
 * The worker process: projects until SIGTERM or SIGINT, then finishes the batches under way,
 * releases its locks (another process takes over at once) and exits 0. The signal handlers are
 * in place before anything starts, so a signal during start-up also ends it cleanly.
 */
export function runWorker(
  projections: readonly Projection[],
  engine: ProjectionEngineOptions = {},
): void {
  const logger = new Logger('Worker');
  const started = (async () => createWorker(loadConfig(), projections, engine))();
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.log(`${signal} received: finishing the batches under way`);
      started
        .then((app) => app.close())
        .then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error(error);
            process.exit(1);
          },
        );
    });
  }
  started.then(
    () => {
      const names = projections.map((projection) => projection.name).join(', ');
      logger.log(`worker running ${names || 'no projections'}`);
    },
    (error: unknown) => {
      console.error(error instanceof ConfigError ? error.message : error);
      process.exit(1);
    },
  );
}
