import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsDate, IsTimestamp } from '@app/platform';
import { ConsistentQuery, PageCursor, PageLimit, PageQuery } from '@app/projections';

const AGREEMENT_STATUSES = ['draft', 'adopted', 'in-force', 'expired', 'terminated'] as const;
const FOLLOW_UP_STATUSES = ['due', 'overdue', 'delivered', 'missed'] as const;

class AsOfQuery extends ConsistentQuery {
  @ApiPropertyOptional({ description: 'The day asked about; default today (Europe/Stockholm)' })
  @IsOptional()
  @IsDate()
  asOf?: string;
}

/** A list on asOf: paginated like every list. */
class ListAsOfQuery extends AsOfQuery {
  @PageLimit()
  limit?: number;

  @PageCursor()
  cursor?: string;
}

export class AgreementsQuery extends ListAsOfQuery {
  @ApiPropertyOptional({ description: 'A party, or an organisation owing one of its assignments' })
  @IsOptional()
  @IsString()
  organisationId?: string;

  @ApiPropertyOptional({ enum: AGREEMENT_STATUSES, description: 'Status on asOf' })
  @IsOptional()
  @IsIn(AGREEMENT_STATUSES)
  status?: (typeof AGREEMENT_STATUSES)[number];
}

export class AgreementQuery extends AsOfQuery {
  @ApiPropertyOptional({ description: 'As recorded by this moment; default now' })
  @IsOptional()
  @IsTimestamp()
  knownAt?: string;
}

export class FollowUpsQuery extends ListAsOfQuery {
  @ApiPropertyOptional({ description: 'What this organisation owes' })
  @IsOptional()
  @IsString()
  organisationId?: string;

  @ApiPropertyOptional({ description: 'Due (or material due) on or after this day' })
  @IsOptional()
  @IsDate()
  from?: string;

  @ApiPropertyOptional({ description: 'Due (or material due) on or before this day' })
  @IsOptional()
  @IsDate()
  to?: string;

  @ApiPropertyOptional({ enum: FOLLOW_UP_STATUSES, description: 'Status on asOf' })
  @IsOptional()
  @IsIn(FOLLOW_UP_STATUSES)
  status?: (typeof FOLLOW_UP_STATUSES)[number];
}

export class IndicatorValuesQuery extends ConsistentQuery {
  @ApiPropertyOptional({ description: 'As recorded by this moment; default now' })
  @IsOptional()
  @IsTimestamp()
  knownAt?: string;
}

export class IndicatorsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only those fed by this Kolada KPI', example: 'N00955' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  kpiId?: string;
}
