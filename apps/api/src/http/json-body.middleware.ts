import {
  BadRequestException,
  Injectable,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
  type NestMiddleware,
} from '@nestjs/common';
import { json } from 'express';
import type { NextFunction, Request, Response } from 'express';
import {
  MAX_JSON_DEPTH,
  hostileFields,
  jsonDepthOver,
  refuseHostile,
  tooDeep,
} from './hostile-input';

export const BODY_LIMIT_BYTES = 1024 * 1024;
const JSON_TYPES = ['application/json', 'application/*+json'];
const TOO_DEEP = 'request.too.deep';
const parse = json({
  limit: BODY_LIMIT_BYTES,
  type: JSON_TYPES,
  // Before JSON.parse: what comes after (validation, class-transformer) recurses over the body.
  verify: (_request, _response, text) => {
    if (jsonDepthOver(text, MAX_JSON_DEPTH)) throw Object.assign(new Error(), { type: TOO_DEEP });
  },
});

/**
 * Parses JSON bodies inside Nest, so that a malformed, oversized or non-JSON body is thrown
 * into the ProblemFilter like every other error instead of reaching Express's HTML handler.
 * Hostile input is refused here, before any DTO sees it: JSON nested too deep, and in the body
 * or the query, NULs, lone surrogates, overlong strings and keys that name a prototype.
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
    const hostile = [
      ...hostileFields(pathOf(request), 'path'),
      ...hostileFields(request.query),
      ...hostileFields(request.body ?? {}),
    ];
    if (hostile.length > 0) throw refuseHostile(hostile);
    next();
  }
}

/**
 * The path as the router decodes its parameters (from the original URL: a middleware's own
 * `path` is relative to where it is bound); undecodable, it is malformed as a whole.
 */
function pathOf(request: Request): string {
  try {
    return decodeURIComponent(request.originalUrl.split('?')[0]);
  } catch {
    throw new BadRequestException({
      code: 'REQUEST.MALFORMED_PATH',
      detail: 'The path is not valid percent-encoded UTF-8',
    });
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
  if (type === TOO_DEEP) return tooDeep();
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
