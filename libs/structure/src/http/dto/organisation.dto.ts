import type { RegisterOrganisationInput } from '../../application';
import {
  ORGANISATION_KINDS,
  type DissolveOrganisation,
  type OrganisationKind,
  type RenameOrganisation,
  type SetMeetingTerms,
  RECORDS,
  type Records,
} from '../../domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import { CadenceDto } from './group.dto';
import {
  SourceDate,
  CommandBodyDto,
  OneOf,
  OptionalId,
  OptionalOneOf,
  OptionalText,
  Text,
} from '@app/platform';

export class RegisterOrganisationDto
  extends CommandBodyDto
  implements Omit<RegisterOrganisationInput, 'cadence'>
{
  @OneOf(ORGANISATION_KINDS, { example: 'administration' })
  kind!: OrganisationKind;

  @Text(200, { example: 'Arbetsmarknadsförvaltningen' })
  name!: string;

  @OptionalText(50, { example: 'NAF' })
  shortName?: string | null;

  @OptionalId({ description: 'The organisation it belongs to, e.g. the municipality' })
  parentId?: string | null;

  @SourceDate({ example: '2019-01-01' })
  establishedOn!: string;

  @OptionalOneOf(RECORDS, {
    description:
      'A board or committee: left out, boards and working committees keep minutes, preparatory committees notes',
  })
  records?: Records;

  @ApiPropertyOptional({
    type: CadenceDto,
    nullable: true,
    description: 'A board or committee: how often it agreed to meet',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CadenceDto)
  cadence?: CadenceDto | null;
}

export class SetMeetingTermsDto
  extends CommandBodyDto
  implements Omit<SetMeetingTerms['data'], 'organisationId' | 'cadence'>
{
  @OptionalOneOf(RECORDS, { description: 'Left out: unchanged' })
  records?: Records;

  @ApiPropertyOptional({
    type: CadenceDto,
    nullable: true,
    description: 'Left out: unchanged; null clears it',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CadenceDto)
  cadence?: CadenceDto | null;

  @SourceDate({ description: 'The day the terms hold from' })
  on!: string;
}

export class RenameOrganisationDto
  extends CommandBodyDto
  implements Omit<RenameOrganisation['data'], 'organisationId'>
{
  @Text(200)
  name!: string;

  @OptionalText(50, { description: 'Left out: unchanged; null: dropped' })
  shortName?: string | null;

  @SourceDate({ description: 'The day the new name holds from' })
  on!: string;
}

export class DissolveOrganisationDto
  extends CommandBodyDto
  implements Omit<DissolveOrganisation['data'], 'organisationId'>
{
  @SourceDate()
  on!: string;
}
