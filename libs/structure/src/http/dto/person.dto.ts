import { CalendarDate, CommandBodyDto, Id, OptionalText, Text } from '@app/platform';

export class RegisterPersonDto extends CommandBodyDto {
  @Text(200, {
    description: 'Personal data: kept apart from the events, so that it can be erased',
    example: 'Patrik Forshage',
  })
  name!: string;

  @OptionalText(200, { example: 'Senior projektledare' })
  title?: string | null;

  @Id({ description: 'The organisation the person works for' })
  organisationId!: string;

  @CalendarDate({ description: 'The day the person is known to hold the title there' })
  on!: string;
}
