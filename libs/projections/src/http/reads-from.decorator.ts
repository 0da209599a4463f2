import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { ApiProblem } from '@app/platform';
import { ConsistencyInterceptor, READS_FROM } from './consistency.interceptor';

/**
 * Names the projections a query endpoint reads, so that `?consistentWith=` waits for them. Its
 * query DTO extends ConsistentQuery (the validation pipe refuses undeclared parameters).
 */
export const ReadsFrom = (...projections: string[]) =>
  applyDecorators(
    SetMetadata(READS_FROM, projections),
    UseInterceptors(ConsistencyInterceptor),
    ApiProblem(
      503,
      `CONSISTENCY.TIMEOUT: ${projections.join(', ')} did not reach consistentWith in time`,
    ),
  );
