import { ORGANISATION_KINDS, type OrganisationKind } from '../../domain';
import { CalendarDate, CommandBodyDto, OneOf, OptionalId, OptionalText, Text } from '@app/platform';

export class RegisterOrganisationDto extends CommandBodyDto {
  @OneOf(ORGANISATION_KINDS, { example: 'administration' })
  kind!: OrganisationKind;

  @Text(200, { example: 'Arbetsmarknadsförvaltningen' })
  name!: string;

  @OptionalText(50, { example: 'NAF' })
  shortName?: string | null;

  @OptionalId({ description: 'The organisation it belongs to, e.g. the municipality' })
  parentId?: string | null;

  @CalendarDate({ example: '2019-01-01' })
  establishedOn!: string;
}

export class RenameOrganisationDto extends CommandBodyDto {
  @Text(200)
  name!: string;

  @OptionalText(50, { description: 'Left out: unchanged; null: dropped' })
  shortName?: string | null;

  @CalendarDate({ description: 'The day the new name holds from' })
  on!: string;
}

export class DissolveOrganisationDto extends CommandBodyDto {
  @CalendarDate()
  on!: string;
}
