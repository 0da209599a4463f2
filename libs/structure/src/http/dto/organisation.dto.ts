import type { RegisterOrganisationInput } from '../../application';
import {
  ORGANISATION_KINDS,
  type DissolveOrganisation,
  type OrganisationKind,
  type RenameOrganisation,
} from '../../domain';
import { CalendarDate, CommandBodyDto, OneOf, OptionalId, OptionalText, Text } from '@app/platform';

export class RegisterOrganisationDto extends CommandBodyDto implements RegisterOrganisationInput {
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

export class RenameOrganisationDto
  extends CommandBodyDto
  implements Omit<RenameOrganisation['data'], 'organisationId'>
{
  @Text(200)
  name!: string;

  @OptionalText(50, { description: 'Left out: unchanged; null: dropped' })
  shortName?: string | null;

  @CalendarDate({ description: 'The day the new name holds from' })
  on!: string;
}

export class DissolveOrganisationDto
  extends CommandBodyDto
  implements Omit<DissolveOrganisation['data'], 'organisationId'>
{
  @CalendarDate()
  on!: string;
}
