import { randomUUID } from 'node:crypto';
import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { APP_CONFIG, type AppConfig } from '@app/platform';

export const REQUEST_ID_HEADER = 'x-request-id';
const CLIENT_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** JSON logs with pino; every request gets an id (the client's, if sane) echoed on the response. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // Named wildcard: the default '*' makes Nest 11's router warn on every start.
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.logLevel,
          genReqId: (request: IncomingMessage, response: ServerResponse) => {
            const offered = request.headers[REQUEST_ID_HEADER];
            const id =
              typeof offered === 'string' && CLIENT_REQUEST_ID.test(offered)
                ? offered
                : randomUUID();
            response.setHeader('X-Request-Id', id);
            return id;
          },
          customAttributeKeys: { reqId: 'requestId' },
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          autoLogging: {
            ignore: (request: IncomingMessage) => request.url?.startsWith('/health') ?? false,
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
