import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsDate, IsTimestamp } from '@app/platform';
import { ConsistentQuery, PageCursor, PageLimit } from '@app/projections';
import { today, type TimeSlice } from '../read';

/** `?asOf=&knownAt=` on every read, and `consistentWith` for reading one's own writes. */
export class TimeTravelQuery extends ConsistentQuery {
  @ApiPropertyOptional({
    description: 'What held on this day (valid time); default today (Europe/Stockholm)',
    example: '2023-11-06',
  })
  @IsOptional()
  @IsDate()
  asOf?: string;

  @ApiPropertyOptional({
    description: 'As recorded by this moment (record time); default now: current knowledge',
    example: '2024-11-20T12:00:00Z',
  })
  @IsOptional()
  @IsTimestamp()
  knownAt?: string;
}

/** A list's `?asOf=&knownAt=` with its page: `?limit=&cursor=`. */
export class PagedQuery extends TimeTravelQuery {
  @PageLimit()
  limit?: number;

  @PageCursor()
  cursor?: string;
}

/** `includeEnded=true` lists dissolved, merged, replaced and retired things too. */
export class ListQuery extends PagedQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Include ended ones; default false',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  includeEnded?: 'true' | 'false';
}

export function sliceOf(query: TimeTravelQuery): TimeSlice {
  return {
    asOf: query.asOf ?? today(),
    knownAt: query.knownAt === undefined ? null : new Date(query.knownAt).toISOString(),
  };
}

/** The slice as answers echo it: `knownAt` null reads "current knowledge", given as the time of the read. */
export function echoOf(slice: TimeSlice): { asOf: string; knownAt: string } {
  return { asOf: slice.asOf, knownAt: slice.knownAt ?? new Date().toISOString() };
}
