import { createHash, randomUUID } from 'node:crypto';
import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { canonicalJson, type CommandContext } from '@app/kernel';
import type { IdentifiedRequest } from './identified-request';

const REVISION = /^(?:W\/)?"?(\d{1,15})"?$/;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * The command's context from the request: identity, request id, If-Match, Idempotency-Key.
 * The `reason` and `onBehalfOf` come from the body and are added by the controller.
 */
export const CommandCtx = createParamDecorator(
  (_: unknown, context: ExecutionContext): CommandContext =>
    commandContextOf(context.switchToHttp().getRequest<IdentifiedRequest>()),
);

export function commandContextOf(request: IdentifiedRequest): CommandContext {
  const idempotencyKey = parseIdempotencyKey(request.header('idempotency-key'));
  return {
    identity: request.identity,
    correlationId: typeof request.id === 'string' ? request.id : randomUUID(),
    expectedRevision: parseIfMatch(request.header('if-match')),
    idempotencyKey,
    ...(idempotencyKey === undefined ? {} : { request: fingerprintOf(request) }),
  };
}

/**
 * The client's request as it arrived: method, route, the resource its path names, and the body
 * before validation turned it into a DTO (so a field the DTO drops still tells two bodies apart).
 */
export function fingerprintOf(request: IdentifiedRequest): string {
  const route = (request.route as { path?: string } | undefined)?.path ?? request.path;
  const text = canonicalJson({
    method: request.method,
    route: `${request.baseUrl}${route}`,
    resource: request.params,
    body: request.body ?? null,
  });
  return createHash('sha256')
    .update(text ?? '')
    .digest('hex');
}

function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = REVISION.exec(header.trim());
  if (!match) {
    throw new BadRequestException({
      code: 'REQUEST.INVALID_IF_MATCH',
      detail: 'If-Match must be the revision (ETag) of the resource, e.g. "3"',
    });
  }
  return Number(match[1]);
}

function parseIdempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(header)) {
    throw new BadRequestException({
      code: 'REQUEST.INVALID_IDEMPOTENCY_KEY',
      detail: 'Idempotency-Key must be 1 to 200 visible ASCII characters',
    });
  }
  return header;
}

/** Documents the two headers every command endpoint accepts. */
export const ApiCommandHeaders = () =>
  applyDecorators(
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The revision (ETag) you last saw; the command fails with 412 if it is stale',
    }),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Repeat a command safely: the same key returns the first result and records nothing',
    }),
  );
