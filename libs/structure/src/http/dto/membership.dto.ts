import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID, ValidateIf } from 'class-validator';
import type { AddMemberInput } from '../../application';
import {
  MEMBER_ROLES,
  type ChangeMemberRole,
  type EndMembership,
  type MemberRole,
} from '../../domain';
import { CommandBodyDto, OneOf, OptionalId, OptionalSourceDate, SourceDate } from '@app/platform';

export class AddMemberDto extends CommandBodyDto implements Omit<AddMemberInput, 'groupId'> {
  @OptionalId({
    description: 'The person holding the seat; left out for a post or an unnamed seat',
  })
  personId?: string | null;

  @OptionalId({
    description:
      'A post holding the seat (whoever holds the post on a date sits), instead of a person',
  })
  postId?: string | null;

  // Required unless a post holds the seat: a post's seat is the post's organisation's by default.
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description:
      'The organisation represented; may be left out for a post (the post’s organisation). A seat with neither person nor post is the organisation’s, nobody named',
  })
  @ValidateIf((body: AddMemberDto) => body.postId == null || body.organisationId != null)
  @IsUUID()
  organisationId?: string | null;

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
