import { applyDecorators, Get } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { ReadsFrom } from './reads-from.decorator';

/**
 * What every query shares: a GET that reads the named read models (so that
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
