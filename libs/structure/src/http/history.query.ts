import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { ConsistentQuery } from '@app/projections';
import { IsDate, IsTimestamp } from '@app/platform';

/**
 * A history reads the event store, which is never behind, so `consistentWith` is accepted and
 * has nothing to wait for. Without `asOf` every event is listed, including ones dated ahead.
 */
export class HistoryQuery extends ConsistentQuery {
  @ApiPropertyOptional({ description: 'Only events whose date is on or before this day' })
  @IsOptional()
  @IsDate()
  asOf?: string;

  @ApiPropertyOptional({ description: 'Only events recorded by this moment' })
  @IsOptional()
  @IsTimestamp()
  knownAt?: string;
}
