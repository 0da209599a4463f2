import {
  BadRequestException,
  HttpCode,
  Injectable,
  Param,
  applyDecorators,
  type PipeTransform,
  type Type,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import { ApiCommandHeaders } from './command-context.decorator';
import { CommandResponse } from './command-response';
import { ApiProblem } from './problem.response';

/**
 * What every command endpoint shares: its status (201 when it creates something, else 200),
 * the If-Match and Idempotency-Key headers, the answer, and the problems it may answer with.
 */
export function CommandEndpoint(
  summary: string,
  options: { created?: boolean; type?: Type<unknown> } = {},
) {
  const type = options.type ?? CommandResponse;
  return applyDecorators(
    HttpCode(options.created ? 201 : 200),
    ApiOperation({ summary }),
    ApiCommandHeaders(),
    options.created
      ? ApiCreatedResponse({ type, description: 'Recorded; ETag is the revision' })
      : ApiOkResponse({ type, description: 'Recorded; ETag is the revision' }),
    ApiProblem(400, 'REQUEST.VALIDATION_FAILED, listing each field'),
    ApiProblem(404, 'The addressed resource does not exist'),
    ApiProblem(409, "The current state does not allow it (the rule's code)"),
    ApiProblem(412, 'If-Match names a stale revision'),
    ApiProblem(422, 'A rule of the domain is broken (its code)'),
  );
}

/** A path id: a UUID, or 400 REQUEST.VALIDATION_FAILED naming the parameter. */
@Injectable()
class UuidParamPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (isUUID(value)) return value;
    throw new BadRequestException({
      code: 'REQUEST.VALIDATION_FAILED',
      detail: `Invalid ${this.name}`,
      errors: [{ field: this.name, messages: [`${this.name} must be a UUID`] }],
    });
  }
}

export const IdParam = (name = 'id'): ParameterDecorator => Param(name, new UuidParamPipe(name));

/** Documents the path ids of a controller method as UUIDs. */
export const ApiIds = (...names: string[]) =>
  applyDecorators(...names.map((name) => ApiParam({ name, format: 'uuid', type: String })));

/** OpenID Connect: a subject is at most 255 ASCII characters; printable ones here. */
const SUBJECT = /^[\x21-\x7e]{1,255}$/;

/** A path subject (a token's `sub`), or 400 REQUEST.VALIDATION_FAILED naming the parameter. */
@Injectable()
class SubjectParamPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (SUBJECT.test(value)) return value;
    throw new BadRequestException({
      code: 'REQUEST.VALIDATION_FAILED',
      detail: `Invalid ${this.name}`,
      errors: [
        {
          field: this.name,
          messages: [`${this.name} must be 1 to 255 printable ASCII characters`],
        },
      ],
    });
  }
}

export const SubjectParam = (name = 'subject'): ParameterDecorator =>
  Param(name, new SubjectParamPipe(name));

/** Documents a path subject: what a token's `sub` may be. */
export const ApiSubject = (name = 'subject') =>
  ApiParam({
    name,
    type: String,
    description: "A caller's subject (the `sub` of their tokens)",
    example: 'dev-admin',
  });
