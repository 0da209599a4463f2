import {
  Injectable,
  ServiceUnavailableException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { ConsistencyService } from '../consistency.service';
import { POSITION_PATTERN } from './consistent-query.dto';

export const READS_FROM = 'samverkan:reads-from';
export const CONSISTENCY_TIMEOUT = 'CONSISTENCY.TIMEOUT';

/**
 * Holds a query back until the projections its handler reads (@ReadsFrom) have passed the
 * request's `consistentWith`. Interceptors run before pipes, so a malformed value is left alone
 * here and refused by the validation pipe (400) right after.
 */
@Injectable()
export class ConsistencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly consistency: ConsistencyService,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const names = this.reflector.getAllAndOverride<string[] | undefined>(READS_FROM, [
      context.getHandler(),
      context.getClass(),
    ]);
    const http = context.switchToHttp();
    const raw = http.getRequest<Request>().query?.consistentWith;
    if (names && names.length > 0 && typeof raw === 'string' && POSITION_PATTERN.test(raw)) {
      const result = await this.consistency.waitFor(names, BigInt(raw));
      if (!result.reached) {
        http.getResponse<Response>().setHeader('Retry-After', '1');
        const behind = result.behind.map(
          ({ name, checkpoint }) => `${name} at ${checkpoint ?? 'not started'}`,
        );
        throw new ServiceUnavailableException({
          code: CONSISTENCY_TIMEOUT,
          detail: `The read models did not reach position ${raw} within ${this.consistency.timeoutMs} ms (${behind.join(', ')}); retry later`,
          position: raw,
          behind: result.behind.map(({ name, checkpoint }) => ({
            name,
            checkpoint: checkpoint === null ? null : checkpoint.toString(),
          })),
        });
      }
    }
    return next.handle();
  }
}
