import { applyDecorators, Get } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { DomainError } from '@app/kernel';
import { ReadsFrom } from '@app/projections';
import type { TimeSlice } from '../read';

/**
 * What every structure query shares: a GET that reads the named read models (so that
 * `consistentWith` waits for them), validated time travel, and problem answers.
 */
export function QueryEndpoint(path: string, summary: string, ...readModels: string[]) {
  return applyDecorators(
    Get(path),
    ...(readModels.length > 0 ? [ReadsFrom(...readModels)] : []),
    ApiBearerAuth(),
    ApiOperation({ summary }),
    ApiOkResponse({ description: 'The answer for asOf and knownAt, which it echoes' }),
    ApiBadRequestResponse({
      description: 'REQUEST.VALIDATION_FAILED: asOf, knownAt or a filter is malformed',
    }),
    ApiNotFoundResponse({
      description: 'No such thing on that date, as known then (e.g. GROUP.NOT_FOUND)',
    }),
  );
}

/** 404 with the aggregate's code: nothing by that id held on the date, as known at the time. */
export function notFound(prefix: string, what: string, id: string, slice?: TimeSlice): DomainError {
  const when = slice
    ? ` on ${slice.asOf}${slice.knownAt === null ? '' : `, as known at ${slice.knownAt}`}`
    : '';
  return new DomainError(`${prefix}.NOT_FOUND`, `No ${what} ${id}${when}`, 'not-found', {
    id,
    ...(slice ? { asOf: slice.asOf, knownAt: slice.knownAt } : {}),
  });
}
