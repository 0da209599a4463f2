import type { AddParticipantInput, EstablishModelInput } from '../../application';
import type { AdoptionInput, AmendModel, RetireModel, WithdrawParticipant } from '../../domain';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';
import {
  SourceDate,
  CommandBodyDto,
  Id,
  Ids,
  OptionalId,
  OptionalText,
  Text,
  Texts,
} from '@app/platform';

/** The decision behind a model or an amendment: at least a case number, a meeting or a description. */
export class AdoptionDto implements AdoptionInput {
  @OptionalText(100, { example: 'NAN/2023/0160/007' })
  caseNumber?: string | null;

  @OptionalId({ description: 'The meeting whose minutes hold the decision' })
  meetingId?: string | null;

  @OptionalText(50, { example: '§ 42/23', description: 'Needs meetingId' })
  item?: string | null;

  @OptionalText(2000)
  description?: string | null;
}

/** A model's own fields, for establishing it directly or as the successor in a replacement. */
export class ModelFieldsDto implements EstablishModelInput {
  @Text(200, { example: 'Samverkansmodell för barn och unga i riskzon' })
  name!: string;

  @Text(2000)
  purpose!: string;

  @Ids(1, 50, { description: 'The participating administrations and boards' })
  participantIds!: string[];

  @Texts(50, 500)
  principles?: string[];

  @Texts(50, 500)
  focusAreas?: string[];

  @ApiProperty({ type: AdoptionDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AdoptionDto)
  adoptedBy!: AdoptionDto;

  @SourceDate()
  establishedOn!: string;
}

export class EstablishModelDto extends IntersectionType(ModelFieldsDto, CommandBodyDto) {}

export class AddParticipantDto
  extends CommandBodyDto
  implements Omit<AddParticipantInput, 'modelId'>
{
  @Id()
  organisationId!: string;

  @SourceDate()
  from!: string;
}

export class WithdrawParticipantDto
  extends CommandBodyDto
  implements Omit<WithdrawParticipant['data'], 'modelId' | 'organisationId'>
{
  @SourceDate({ description: 'The first day the organisation no longer takes part' })
  on!: string;
}

/** Only the fields given change; each is given whole. */
export class AmendModelDto extends CommandBodyDto implements Omit<AmendModel['data'], 'modelId'> {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Text(200)
  name?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Text(2000)
  purpose?: string;

  @Texts(50, 500)
  principles?: string[];

  @Texts(50, 500)
  focusAreas?: string[];

  @ApiPropertyOptional({ type: AdoptionDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AdoptionDto)
  decidedBy?: AdoptionDto | null;

  @SourceDate()
  on!: string;
}

export class RetireModelDto extends CommandBodyDto implements Omit<RetireModel['data'], 'modelId'> {
  @SourceDate()
  on!: string;
}
