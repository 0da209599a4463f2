import { applyDecorators, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiProblem } from '@app/platform';
import { ReadsFrom } from './reads-from.decorator';

/**
 * What every query shares: a GET that reads the named read models (so that
 * `consistentWith` waits for them), validated time travel, and problem answers.
 */
export function QueryEndpoint(path: string, summary: string, ...readModels: string[]) {
  return applyDecorators(
    Get(path),
    ...(readModels.length > 0 ? [ReadsFrom(...readModels)] : []),
    ApiOperation({ summary }),
    ApiOkResponse({ description: 'The answer for asOf and knownAt, which it echoes' }),
    ApiProblem(400, 'REQUEST.VALIDATION_FAILED: asOf, knownAt or a filter is malformed'),
    ApiProblem(404, 'No such thing on that date, as known then (e.g. GROUP.NOT_FOUND)'),
  );
}
