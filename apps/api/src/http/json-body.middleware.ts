import {
  BadRequestException,
  Injectable,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
  type NestMiddleware,
} from '@nestjs/common';
import { json } from 'express';
import type { NextFunction, Request, Response } from 'express';

export const BODY_LIMIT_BYTES = 1024 * 1024;
const JSON_TYPES = ['application/json', 'application/*+json'];
const parse = json({ limit: BODY_LIMIT_BYTES, type: JSON_TYPES });

/**
 * Parses JSON bodies inside Nest, so that a malformed, oversized or non-JSON body is thrown
 * into the ProblemFilter like every other error instead of reaching Express's HTML handler.
 */
@Injectable()
export class JsonBodyMiddleware implements NestMiddleware {
  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    if (hasBody(request) && !request.is(JSON_TYPES)) {
      throw new UnsupportedMediaTypeException({
        code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
        detail: `Request bodies must be application/json, not ${request.headers['content-type'] ?? 'untyped'}`,
      });
    }
    await new Promise<void>((resolve, reject) =>
      parse(request, response, (error?: unknown) => (error ? reject(bodyError(error)) : resolve())),
    );
    next();
  }
}

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return (
    request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0')
  );
}

function bodyError(error: unknown): Error {
  const type = (error as { type?: string }).type;
  if (type === 'entity.too.large') {
    return new PayloadTooLargeException({
      code: 'REQUEST.BODY_TOO_LARGE',
      detail: `Request bodies are limited to ${BODY_LIMIT_BYTES} bytes`,
    });
  }
  if (type === 'entity.parse.failed') {
    return new BadRequestException({
      code: 'REQUEST.MALFORMED_JSON',
      detail: `The body is not valid JSON: ${(error as Error).message}`,
    });
  }
  return new BadRequestException({
    code: 'REQUEST.UNREADABLE_BODY',
    detail: (error as Error).message,
  });
}
