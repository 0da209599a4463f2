import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, ValidateBy, type ValidationOptions } from 'class-validator';
import { IsDate, IsTimestamp } from '@app/platform';
import { ConsistentQuery, PageCursor, PageLimit } from '@app/projections';

const STATUSES = ['scheduled', 'held', 'cancelled'] as const;
const ASSIGNMENT_STATUSES = ['open', 'overdue', 'reported', 'withdrawn'] as const;

/** `to` on or after `from`: an empty window is a mistake in the request, not an empty answer. */
const NotBefore = (property: string, options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'notBefore',
      constraints: [property],
      validator: {
        validate: (value, args) => {
          const other = (args?.object as Record<string, unknown>)[property];
          return typeof other !== 'string' || typeof value !== 'string' || value >= other;
        },
        defaultMessage: (args) => `${args?.property} must not be before ${property}`,
      },
    },
    options,
  );

/** A period of days, both ends included. */
class PeriodQuery extends ConsistentQuery {
  @ApiPropertyOptional({ description: 'From this day, inclusive', example: '2023-01-01' })
  @IsOptional()
  @IsDate()
  from?: string;

  @ApiPropertyOptional({ description: 'To this day, inclusive', example: '2024-12-31' })
  @IsOptional()
  @IsDate()
  @NotBefore('from')
  to?: string;

  @PageLimit()
  limit?: number;

  @PageCursor()
  cursor?: string;
}

export class MeetingsQuery extends PeriodQuery {
  @ApiPropertyOptional({ description: 'Only the meetings of this body (group or organisation)' })
  @IsOptional()
  @IsString()
  bodyId?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];
}

export class DecisionsQuery extends PeriodQuery {
  @ApiPropertyOptional({
    description:
      'Decisions the organisation is party to: the deciding body itself (a board or committee), ' +
      'an organisation someone attended the meeting for (members of a group sit for their ' +
      'administrations; officials for theirs), the organisation whose proposal was decided on, ' +
      'or an organisation the decision was sent to. Each entry says which, in partyAs.',
  })
  @IsOptional()
  @IsString()
  organisationId?: string;

  @ApiPropertyOptional({ description: 'Only the decisions of this body' })
  @IsOptional()
  @IsString()
  bodyId?: string;

  @ApiPropertyOptional({ description: 'The case number as written', example: 'NAN/2023/0160/007' })
  @IsOptional()
  @IsString()
  caseNumber?: string;
}

/** One assignment as it stood on asOf, as recorded by knownAt. */
export class AssignmentQuery extends ConsistentQuery {
  @ApiPropertyOptional({
    description: 'The day statuses are computed for; default today (Europe/Stockholm)',
    example: '2024-01-01',
  })
  @IsOptional()
  @IsDate()
  asOf?: string;

  @ApiPropertyOptional({
    description: 'As recorded by this moment (replayed from the events); default now',
    example: '2024-01-15T12:00:00Z',
  })
  @IsOptional()
  @IsTimestamp()
  knownAt?: string;
}

export class AssignmentsQuery extends AssignmentQuery {
  @ApiPropertyOptional({ description: 'Only what this organisation owes' })
  @IsOptional()
  @IsString()
  organisationId?: string;

  @ApiPropertyOptional({ enum: ASSIGNMENT_STATUSES, description: 'Status on asOf' })
  @IsOptional()
  @IsIn(ASSIGNMENT_STATUSES)
  status?: (typeof ASSIGNMENT_STATUSES)[number];

  @PageLimit()
  limit?: number;

  @PageCursor()
  cursor?: string;
}

export class CadenceQuery extends ConsistentQuery {
  @ApiProperty({ description: 'Window start, inclusive', example: '2024-01-01' })
  @IsDate()
  from!: string;

  @ApiPropertyOptional({
    description: 'Window end, inclusive; default today',
    example: '2024-12-31',
  })
  @IsOptional()
  @IsDate()
  @NotBefore('from')
  to?: string;
}
