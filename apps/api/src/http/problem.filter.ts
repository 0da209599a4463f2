import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { blameCursor } from './cursor-fault';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem';

/** The one place an error becomes an HTTP answer: always application/problem+json, never a stack. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const body = toProblem(blameCursor(error, request));
    if (body.status >= 500) {
      this.logger.error({ err: error, code: body.code }, 'request failed');
    }
    if (response.headersSent) return;
    response
      .status(body.status)
      .type(PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify({ ...body, instance: request.originalUrl }));
  }
}
