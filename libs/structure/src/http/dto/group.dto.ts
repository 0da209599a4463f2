import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import type {
  DissolveGroupInput,
  FormGroupInput,
  JoinModelInput,
  LeaveModelInput,
  MoveGroupInput,
} from '../../application';
import {
  CADENCE_LIMITS,
  CADENCE_PERIODS,
  GROUP_KINDS,
  RECORDS,
  type CadencePeriod,
  type GroupKind,
  type ReMandateGroup,
  type Records,
} from '../../domain';
import {
  SourceDate,
  CommandBodyDto,
  Id,
  NullableId,
  OneOf,
  OptionalId,
  OptionalInt,
  OptionalOneOf,
  OptionalText,
  Text,
} from '@app/platform';

/**
 * How often the group agreed to meet: every minWeeks to maxWeeks weeks ("var 4:e till 6:e
 * vecka"), or count meetings per term (VT January-June, HT August-December) or per year.
 */
export class CadenceDto {
  @OptionalInt(1, CADENCE_LIMITS.maxWeeks, { example: 4 })
  minWeeks?: number;

  @OptionalInt(1, CADENCE_LIMITS.maxWeeks, { example: 6 })
  maxWeeks?: number;

  @OptionalInt(1, CADENCE_LIMITS.maxCount, { example: 2, description: 'Meetings per period' })
  count?: number;

  @OptionalOneOf(CADENCE_PERIODS, { description: 'term (VT/HT) or year, with count' })
  per?: CadencePeriod;
}

/** A group's own fields, for forming it directly or as the new target of a merge. */
export class GroupFieldsDto implements Omit<FormGroupInput, 'modelId' | 'formedOn' | 'cadence'> {
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

export class FormGroupDto
  extends IntersectionType(GroupFieldsDto, CommandBodyDto)
  implements Omit<FormGroupInput, 'cadence'>
{
  @OptionalId({ description: 'Left out or null: formed outside any model; it may join one later' })
  modelId?: string | null;

  @SourceDate()
  formedOn!: string;
}

/** The whole mandate as it holds from `on`; fields left out keep their value. */
export class ReMandateGroupDto
  extends CommandBodyDto
  implements Omit<ReMandateGroup['data'], 'groupId' | 'cadence'>
{
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

  @SourceDate()
  on!: string;
}

export class MoveGroupDto extends CommandBodyDto implements Omit<MoveGroupInput, 'groupId'> {
  @NullableId({ description: 'The new parent; null: top level of the model' })
  parentId!: string | null;

  @SourceDate()
  on!: string;
}

export class JoinModelDto extends CommandBodyDto implements Omit<JoinModelInput, 'groupId'> {
  @Id()
  modelId!: string;

  @SourceDate({ description: 'From this day the model shows the group, at its top level' })
  on!: string;
}

export class LeaveModelDto extends CommandBodyDto implements Omit<LeaveModelInput, 'groupId'> {
  @SourceDate({ description: 'The first day the group is outside the model again' })
  on!: string;
}

export class DissolveGroupDto
  extends CommandBodyDto
  implements Omit<DissolveGroupInput, 'groupId'>
{
  @SourceDate()
  on!: string;
}
