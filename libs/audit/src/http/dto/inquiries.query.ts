import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ConsistentQuery, PageCursor, PageLimit } from '@app/projections';

const STATUSES = ['open', 'answered', 'closed'] as const;

export class InquiriesQuery extends ConsistentQuery {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ description: 'Only inquiries addressed to this board or committee' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisationId?: string;

  @PageLimit()
  limit?: number;

  @PageCursor()
  cursor?: string;
}
