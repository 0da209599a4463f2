import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DynamicModule } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@app/platform';
import { AppModule } from './app.module';
import { setUpOpenApi } from './http/openapi';
import { ProblemFilter } from './http/problem.filter';
import { createValidationPipe } from './http/validation.pipe';
import { QuietStartupLogger } from './startup/quiet-startup.logger';

export const API_PREFIX = 'api/v1';

/** The app exactly as production runs it; e2e tests call this too, with their own config. */
export async function createApp(
  config: AppConfig,
  extraModules: DynamicModule['imports'] = [],
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, extraModules),
    { bodyParser: false, bufferLogs: true },
  );
  app.useLogger(new QuietStartupLogger(app.get(Logger)));
  app.disable('x-powered-by');
  app.use(helmet());
  if (config.http.corsOrigins.length > 0) {
    // Dashboards run in browsers: only the configured origins may call from one.
    app.enableCors({
      origin: config.http.corsOrigins,
      allowedHeaders: [
        'Authorization',
        'Content-Type',
        'If-Match',
        'Idempotency-Key',
        'X-Request-Id',
      ],
      exposedHeaders: ['ETag', 'X-Request-Id', 'Retry-After'],
      maxAge: 600,
    });
  }
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  setUpOpenApi(app);
  return app;
}
