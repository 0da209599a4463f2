import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { GROUP_KINDS, RECORDS, type GroupKind, type Records } from '../../domain';
import {
  CalendarDate,
  CommandBodyDto,
  Id,
  NullableId,
  OneOf,
  OptionalId,
  OptionalOneOf,
  OptionalText,
  Text,
} from '@app/platform';

/** The agreed meeting interval, e.g. every 4 to 6 weeks. */
export class CadenceDto {
  @ApiProperty({ minimum: 1, maximum: 52, example: 4 })
  @IsInt()
  @Min(1)
  @Max(52)
  minWeeks!: number;

  @ApiProperty({ minimum: 1, maximum: 52, example: 6 })
  @IsInt()
  @Min(1)
  @Max(52)
  maxWeeks!: number;
}

/** A group's own fields, for forming it directly or as the new target of a merge. */
export class GroupFieldsDto {
  @OneOf(GROUP_KINDS, { example: 'working' })
  kind!: GroupKind;

  @Text(200, { example: 'Närvaro i skolan' })
  name!: string;

  @OptionalId({ description: 'The group it answers to, in the same model' })
  parentId?: string | null;

  @OptionalText(4000)
  mandate?: string | null;

  @OptionalText(200, { example: 'Närvaro i skolan' })
  focusArea?: string | null;

  @ApiPropertyOptional({ type: CadenceDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CadenceDto)
  cadence?: CadenceDto | null;

  @OptionalOneOf(RECORDS, {
    description:
      "Minutes or notes; left out, what the kind keeps: a working committee minutes, every officials' group notes",
  })
  records?: Records;
}

export class FormGroupDto extends IntersectionType(GroupFieldsDto, CommandBodyDto) {
  @Id()
  modelId!: string;

  @CalendarDate()
  formedOn!: string;
}

/** The whole mandate as it holds from `on`; fields left out keep their value. */
export class ReMandateGroupDto extends CommandBodyDto {
  @Text(4000)
  mandate!: string;

  @OptionalText(200, { description: 'null clears it' })
  focusArea?: string | null;

  @ApiPropertyOptional({ type: CadenceDto, nullable: true, description: 'null clears it' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CadenceDto)
  cadence?: CadenceDto | null;

  @OptionalOneOf(RECORDS)
  records?: Records;

  @CalendarDate()
  on!: string;
}

export class MoveGroupDto extends CommandBodyDto {
  @NullableId({ description: 'The new parent; null: top level of the model' })
  parentId!: string | null;

  @CalendarDate()
  on!: string;
}

export class DissolveGroupDto extends CommandBodyDto {
  @CalendarDate()
  on!: string;
}
