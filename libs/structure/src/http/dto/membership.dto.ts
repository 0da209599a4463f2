import { MEMBER_ROLES, type MemberRole } from '../../domain';
import { CalendarDate, CommandBodyDto, Id, OneOf, OptionalCalendarDate } from '@app/platform';

export class AddMemberDto extends CommandBodyDto {
  @Id()
  personId!: string;

  @Id({ description: 'The organisation the person represents in the group' })
  organisationId!: string;

  @OneOf(MEMBER_ROLES, { example: 'member' })
  role!: MemberRole;

  @CalendarDate()
  from!: string;

  @OptionalCalendarDate({
    description: 'For a seat recorded late that has already ended: the first day without it',
  })
  to?: string | null;
}

export class ChangeMemberRoleDto extends CommandBodyDto {
  @OneOf(MEMBER_ROLES, { example: 'chair' })
  role!: MemberRole;

  @CalendarDate()
  on!: string;
}

export class EndMembershipDto extends CommandBodyDto {
  @CalendarDate({ description: 'Exclusive: the first day the person no longer holds the seat' })
  to!: string;
}
