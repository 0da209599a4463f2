import { TEXT_LIMITS } from '@app/kernel';
import type { RegisterPersonInput } from '../../application';
import { CommandBodyDto, Id, OptionalText, SourceDate, Text } from '@app/platform';

export class RegisterPersonDto extends CommandBodyDto implements RegisterPersonInput {
  @Text(200, {
    description: 'Personal data: kept apart from the events, so that it can be erased',
    example: 'Patrik Forshage',
  })
  name!: string;

  @OptionalText(200, { example: 'Senior projektledare' })
  title?: string | null;

  @Id({ description: 'The organisation the person works for' })
  organisationId!: string;

  @SourceDate({
    description: 'The day (or month, or year) the person is known to hold the title there',
  })
  on!: string;
}

/**
 * An erasure (of a person's or a caller's personal data) says why (GDPR Art. 17: on whose
 * request, on what ground): the reason is required, so this body does not extend
 * CommandBodyDto, whose reason is optional.
 */
export class ErasureDto implements CommandBodyDto {
  @Text(TEXT_LIMITS.text, {
    description: 'Why the personal data is erased; kept in the event, so name no one in it',
    example: 'Begäran om radering enligt GDPR art. 17, ärende KS/2026:12',
  })
  reason!: string;

  @OptionalText(TEXT_LIMITS.name, {
    description: "On whose behalf you record this, when not your own organisation's",
  })
  onBehalfOf?: string;
}
