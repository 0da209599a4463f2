import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError, type DomainErrorKind } from '@app/kernel';

/** RFC 9457 problem details, with the stable `code` clients switch on. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const STATUS_OF: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.UNPROCESSABLE_ENTITY,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  precondition: HttpStatus.PRECONDITION_FAILED,
};

/** The code for an HttpException raised without one (Nest's own, or a library's). */
const CODE_OF_STATUS: Record<number, string> = {
  400: 'REQUEST.BAD_REQUEST',
  401: 'AUTH.UNAUTHENTICATED',
  403: 'AUTH.FORBIDDEN',
  404: 'ROUTE.NOT_FOUND',
  405: 'ROUTE.METHOD_NOT_ALLOWED',
  409: 'STATE.CONFLICT',
  412: 'REQUEST.PRECONDITION_FAILED',
  413: 'REQUEST.BODY_TOO_LARGE',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  422: 'REQUEST.UNPROCESSABLE',
  503: 'SERVICE.UNAVAILABLE',
};

export function problemType(code: string): string {
  return `urn:samverkan:problem:${code.toLowerCase()}`;
}

export function problem(status: number, code: string, detail: string, extra: object = {}): Problem {
  // The standard members win over extensions of the same name.
  return { ...extra, type: problemType(code), title: titleOf(status), status, detail, code };
}

/** Maps any thrown value to a problem; anything unknown is a 500 that reveals nothing. */
export function toProblem(error: unknown): Problem {
  if (error instanceof DomainError) {
    return problem(STATUS_OF[error.kind], error.code, error.message, error.details ?? {});
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse();
    const fields =
      typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const { code, detail, message, error: _name, statusCode: _status, ...extra } = fields;
    return problem(
      status,
      typeof code === 'string' ? code : (CODE_OF_STATUS[status] ?? `HTTP.${status}`),
      typeof detail === 'string' ? detail : typeof message === 'string' ? message : error.message,
      extra,
    );
  }
  return problem(500, 'INTERNAL', 'The server failed to answer this request; it has been logged.');
}

function titleOf(status: number): string {
  const name = HttpStatus[status] as string | undefined;
  if (!name) return 'Error';
  return name
    .toLowerCase()
    .split('_')
    .map((word, index) => (index === 0 ? word[0].toUpperCase() + word.slice(1) : word))
    .join(' ');
}
