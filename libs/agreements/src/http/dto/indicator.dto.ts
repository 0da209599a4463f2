import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNumber, IsOptional, Matches } from 'class-validator';
import {
  CommandBodyDto,
  Id,
  IsTimestamp,
  List,
  Nested,
  OneOf,
  OptionalInt,
  OptionalText,
  Text,
} from '@app/platform';
import { GENDERS, PERIODICITIES, SOURCE_KINDS } from '../../domain';

export class IndicatorSourceDto {
  @OneOf(SOURCE_KINDS, { description: 'own statistics, or a Kolada KPI' })
  kind!: (typeof SOURCE_KINDS)[number];

  @OptionalText(20, { example: 'N00914', description: 'The Kolada KPI id, for kolada' })
  kpiId?: string | null;
}

export class IndicatorTargetDto {
  @Id()
  agreementId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'An assignment of it' })
  @IsOptional()
  @Matches(/^[0-9a-f-]{36}$/i)
  assignmentId?: string | null;

  @OptionalText(50, { description: "Or one of its goals (the goal's id)" })
  goalId?: string | null;

  @OptionalInt(0, 19, { description: "The goal's desired result it measures (0: the first)" })
  desiredResult?: number | null;
}

export class DefineIndicatorDto extends CommandBodyDto {
  @Text(500)
  name!: string;

  @Nested(() => IndicatorSourceDto)
  source!: IndicatorSourceDto;

  @Text(50, { example: 'antal' })
  unit!: string;

  @ApiProperty({ description: 'Whether values are split by gender (K, M) beside the total (T)' })
  @IsBoolean()
  dividedByGender!: boolean;

  @OneOf(PERIODICITIES)
  periodicity!: (typeof PERIODICITIES)[number];

  @Nested(() => IndicatorTargetDto)
  attachedTo!: IndicatorTargetDto;
}

export class IndicatorValueDto {
  @Text(10, { example: '2024', description: 'YYYY, YYYY-T1…T3 or YYYY-MM by periodicity' })
  period!: string;

  @OptionalText(10, { example: '0480' })
  municipality?: string | null;

  @OneOf(GENDERS, { description: 'T: total, K: women, M: men' })
  gender!: (typeof GENDERS)[number];

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value?: number | null;

  @OptionalText(50, { description: "The source's status of the value, e.g. why it is missing" })
  status?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  count?: number | null;
}

export class ProvenanceDto {
  @OneOf(SOURCE_KINDS)
  source!: (typeof SOURCE_KINDS)[number];

  @ApiProperty({ example: '2025-03-01T10:00:00Z', format: 'date-time' })
  @IsTimestamp()
  retrievedAt!: string;

  @ApiProperty({
    description: 'SHA-256 of the source document, lower-case hex',
    pattern: '^[0-9a-f]{64}$',
  })
  @Matches(/^[0-9a-f]{64}$/)
  sha256!: string;

  @OptionalText(1000, { description: 'Where the document is: a URL or a reference' })
  document?: string | null;
}

export class RecordIndicatorValuesDto extends CommandBodyDto {
  @List(() => IndicatorValueDto, 5000, { min: 1 })
  values!: IndicatorValueDto[];

  @Nested(() => ProvenanceDto)
  provenance!: ProvenanceDto;
}
