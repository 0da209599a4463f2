import type { AddMemberInput } from '../../application';
import {
  MEMBER_ROLES,
  type ChangeMemberRole,
  type EndMembership,
  type MemberRole,
} from '../../domain';
import { SourceDate, CommandBodyDto, Id, OneOf, OptionalSourceDate } from '@app/platform';

export class AddMemberDto extends CommandBodyDto implements Omit<AddMemberInput, 'groupId'> {
  @Id()
  personId!: string;

  @Id({ description: 'The organisation the person represents in the group' })
  organisationId!: string;

  @OneOf(MEMBER_ROLES, { example: 'member' })
  role!: MemberRole;

  @SourceDate()
  from!: string;

  @OptionalSourceDate({
    description: 'For a seat recorded late that has already ended: the first day without it',
  })
  to?: string | null;
}

export class ChangeMemberRoleDto
  extends CommandBodyDto
  implements Omit<ChangeMemberRole['data'], 'groupId' | 'membershipId'>
{
  @OneOf(MEMBER_ROLES, { example: 'chair' })
  role!: MemberRole;

  @SourceDate()
  on!: string;
}

export class EndMembershipDto
  extends CommandBodyDto
  implements Omit<EndMembership['data'], 'groupId' | 'membershipId'>
{
  @SourceDate({ description: 'Exclusive: the first day the person no longer holds the seat' })
  to!: string;
}
