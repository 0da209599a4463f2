import {
  applyDecorators,
  Injectable,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { linkHeaderOf } from './pagination';
import { QueryEndpoint } from './query-endpoint';

/** Puts a list's `next` in a `Link: <…>; rel="next"` header too (RFC 8288). */
@Injectable()
export class NextLinkInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body: unknown) => {
        const link =
          typeof body === 'object' && body !== null && 'next' in body
            ? linkHeaderOf((body as { next: string | null }).next)
            : undefined;
        if (link) context.switchToHttp().getResponse<Response>().setHeader('Link', link);
        return body;
      }),
    );
  }
}

/** A query answering a list: cursor-paginated, with its `next` page in the body and a Link header. */
export function ListEndpoint(path: string, summary: string, ...readModels: string[]) {
  return applyDecorators(
    QueryEndpoint(
      path,
      `${summary}. Paginated: follow \`next\` (also the Link header)`,
      ...readModels,
    ),
    UseInterceptors(NextLinkInterceptor),
  );
}
