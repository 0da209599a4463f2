import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsDate, IsTimestamp } from '@app/platform';
import { ConsistentQuery, PageCursor, PageLimit } from '@app/projections';

const ID = 200;
/** Days late beyond any record's (about 270 years): a larger number is a mistake, not a query. */
const MAX_LATE_DAYS = 100_000;
const TYPES = /^[A-Za-z][A-Za-z0-9]*(,[A-Za-z][A-Za-z0-9]*){0,49}$/;

/** `GET /audit/events`: every filter optional, all combined. */
export class AuditEventsQuery extends ConsistentQuery {
  @ApiPropertyOptional({ description: 'Recorded by this actor (the id of their identity, `sub`)' })
  @IsOptional()
  @IsString()
  @MaxLength(ID)
  actorId?: string;

  @ApiPropertyOptional({ description: 'Recorded on behalf of this organisation or person' })
  @IsOptional()
  @IsString()
  @MaxLength(ID)
  onBehalfOf?: string;

  @ApiPropertyOptional({
    description:
      'Concerning this organisation: about it, or naming it (a seat for it, a participant, a debtor, a deciding board)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(ID)
  organisationId?: string;

  @ApiPropertyOptional({
    description: 'Event types, comma-separated: `GroupFormed,GroupDissolved`',
    example: 'MemberAdded,MembershipEnded',
  })
  @IsOptional()
  @Matches(TYPES, { message: 'type must be event type names separated by commas' })
  type?: string;

  @ApiPropertyOptional({
    description:
      'Kind of entity: organisation, person, model, group, meeting, assignment, inquiry…',
    example: 'group',
  })
  @IsOptional()
  @Matches(/^[a-z][a-z-]{0,39}$/, { message: 'entityKind must be a kind of entity, e.g. group' })
  entityKind?: string;

  @ApiPropertyOptional({ description: 'About this entity (its id)' })
  @IsOptional()
  @IsString()
  @MaxLength(ID)
  entityId?: string;

  @ApiPropertyOptional({ description: 'Valid date on or after this day', example: '2023-01-01' })
  @IsOptional()
  @IsDate()
  validFrom?: string;

  @ApiPropertyOptional({ description: 'Valid date on or before this day', example: '2023-12-31' })
  @IsOptional()
  @IsDate()
  validTo?: string;

  @ApiPropertyOptional({
    description: 'Recorded at or after this moment',
    example: '2024-01-01T00:00:00Z',
  })
  @IsOptional()
  @IsTimestamp()
  recordedFrom?: string;

  @ApiPropertyOptional({
    description: 'Recorded before this moment',
    example: '2025-01-01T00:00:00Z',
  })
  @IsOptional()
  @IsTimestamp()
  recordedTo?: string;

  @ApiPropertyOptional({
    description:
      'Recorded late: only events whose valid date is more than this many days before the day they were recorded (imports, back-dated facts). 0: any day before',
    minimum: 0,
    maximum: MAX_LATE_DAYS,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_LATE_DAYS)
  recordedLateByMoreThan?: number;

  @ApiPropertyOptional({
    enum: ['oldest', 'newest'],
    default: 'oldest',
    description: 'Oldest or newest first (commit order)',
  })
  @IsOptional()
  @IsIn(['oldest', 'newest'])
  order?: 'oldest' | 'newest';

  @PageLimit()
  limit?: number;

  @PageCursor()
  cursor?: string;
}
