import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { CommandBodyDto, Id, Int, List, Nested, OneOf, SourceDate, Text } from '@app/platform';
import { ConsistentQuery } from '@app/projections';
import { DIMENSION_LIMITS, SUBJECT_KINDS } from '../../domain';

export class EvaluationSubjectDto {
  @OneOf(SUBJECT_KINDS)
  kind!: (typeof SUBJECT_KINDS)[number];

  @Id({ description: 'The collaboration model or agreement assessed' })
  id!: string;
}

export class DimensionDto {
  @Text(50, { example: 'mandat' })
  key!: string;

  @Text(200, { example: 'Tydligt mandat' })
  label!: string;
}

export class ScaleDto {
  @ApiProperty({ example: 1 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  min!: number;

  @ApiProperty({ example: 5 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  max!: number;
}

export class DefineEvaluationDto extends CommandBodyDto {
  @Text(300)
  name!: string;

  @Nested(() => EvaluationSubjectDto)
  subject!: EvaluationSubjectDto;

  @List(() => DimensionDto, DIMENSION_LIMITS.max, { min: DIMENSION_LIMITS.min })
  dimensions!: DimensionDto[];

  @Nested(() => ScaleDto)
  scale!: ScaleDto;

  @SourceDate()
  definedOn!: string;
}

export class RespondentDto {
  @Id()
  organisationId!: string;

  @Int(1, 10000)
  count!: number;
}

export class ScoreDto {
  @Id()
  organisationId!: string;

  @Text(50)
  dimension!: string;

  @ApiProperty()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score!: number;
}

export class RecordRoundDto extends CommandBodyDto {
  @SourceDate()
  heldOn!: string;

  @List(() => RespondentDto, 100, { min: 1 })
  respondents!: RespondentDto[];

  @List(() => ScoreDto, 10000, { min: 1 })
  scores!: ScoreDto[];
}

export class ChartQuery extends ConsistentQuery {
  @ApiPropertyOptional({ description: 'Another round to draw beside it' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  compareWith?: number;
}
