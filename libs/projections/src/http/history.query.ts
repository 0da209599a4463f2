import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsDate, IsTimestamp } from '@app/platform';
import { ConsistentQuery } from './consistent-query.dto';
import { PageQuery } from './page.query';

/**
 * A history reads the event store, which is never behind, so `consistentWith` is accepted and
 * has nothing to wait for. Without `asOf` every event is listed, including ones dated ahead.
 */
export class HistoryQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only events whose date is on or before this day' })
  @IsOptional()
  @IsDate()
  asOf?: string;

  @ApiPropertyOptional({ description: 'Only events recorded by this moment' })
  @IsOptional()
  @IsTimestamp()
  knownAt?: string;
}

/** The minutes as they stood once: `knownAt` replays what had been recorded by then. */
export class KnownAtQuery extends ConsistentQuery {
  @ApiPropertyOptional({
    description: 'As recorded by this moment; default now: current knowledge',
    example: '2023-11-16T12:00:00Z',
  })
  @IsOptional()
  @IsTimestamp()
  knownAt?: string;
}
