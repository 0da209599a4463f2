import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsDate, IsTimestamp } from '@app/platform';
import { ConsistentQuery, PageCursor, PageLimit } from '@app/projections';

/** `GET /structure/changes`: a model's changes in valid time. */
export class StructureChangesQuery extends ConsistentQuery {
  @ApiProperty({ description: 'The collaboration model' })
  @IsString()
  @MaxLength(200)
  modelId!: string;

  @ApiProperty({ description: 'From this day, inclusive (valid time)', example: '2024-01-01' })
  @IsDate()
  from!: string;

  @ApiProperty({ description: 'To this day, inclusive (valid time)', example: '2024-12-31' })
  @IsDate()
  to!: string;

  @ApiPropertyOptional({
    description: 'As recorded by this moment; default now: everything recorded',
    example: '2025-01-01T00:00:00Z',
  })
  @IsOptional()
  @IsTimestamp()
  knownAt?: string;

  @PageLimit()
  limit?: number;

  @PageCursor()
  cursor?: string;
}

/** `GET /audit/changes`: what was recorded in a window of record time. */
export class RecordedChangesQuery extends ConsistentQuery {
  @ApiProperty({
    description: 'Recorded at or after this moment (e.g. the last review)',
    example: '2024-11-01T00:00:00+01:00',
  })
  @IsTimestamp()
  since!: string;

  @ApiPropertyOptional({
    description: 'Recorded before this moment; default now',
    example: '2024-12-01T00:00:00+01:00',
  })
  @IsOptional()
  @IsTimestamp()
  until?: string;

  @PageLimit()
  limit?: number;

  @PageCursor()
  cursor?: string;
}
