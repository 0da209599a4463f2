import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsDate, IsTimestamp } from '@app/platform';
import { ConsistentQuery, PageCursor, PageLimit } from '@app/projections';

/** Tree sizes are counts of events: JavaScript numbers are exact far beyond any log. */
const MAX_SIZE = Number.MAX_SAFE_INTEGER;

/** `GET /audit/checkpoints`: the history of checkpoints, newest first. */
export class CheckpointsQuery {
  @ApiPropertyOptional({
    description: 'Issued at or after this moment',
    example: '2026-01-01T00:00:00Z',
  })
  @IsOptional()
  @IsTimestamp()
  from?: string;

  @ApiPropertyOptional({ description: 'Issued before this moment' })
  @IsOptional()
  @IsTimestamp()
  to?: string;

  @PageLimit()
  limit?: number;

  @PageCursor()
  cursor?: string;
}

/** `GET /audit/proofs/inclusion`. */
export class InclusionProofQuery extends ConsistentQuery {
  @ApiProperty({ description: 'The event to prove' })
  @IsUUID()
  eventId!: string;

  @ApiPropertyOptional({
    description: 'The size of a kept checkpoint to prove against; default the latest checkpoint',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SIZE)
  treeSize?: number;
}

/** `GET /audit/proofs/consistency`. */
export class ConsistencyProofQuery {
  @ApiProperty({ description: 'The smaller tree size (e.g. the checkpoint you kept)' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_SIZE)
  from!: number;

  @ApiPropertyOptional({ description: 'The larger tree size; default the latest checkpoint' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_SIZE)
  to?: number;
}

/** `POST /audit/verifications`. */
export class StartVerificationBody {
  @ApiPropertyOptional({
    description:
      'A signed checkpoint you kept (the note as GET /audit/checkpoints/latest gave it): the ' +
      'log must still hold it',
    maxLength: 4096,
  })
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  checkpoint?: string;
}

/** `GET /audit/package`: the window of record time, inclusive dates. */
export class PackageQuery extends ConsistentQuery {
  @ApiProperty({ description: 'First day recorded (inclusive, UTC)', example: '2026-01-01' })
  @IsDate()
  from!: string;

  @ApiProperty({ description: 'Last day recorded (inclusive, UTC)', example: '2026-12-31' })
  @IsDate()
  to!: string;
}
