import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PopoloMeetingsExport } from '@app/meetings';
import { DATE, NULLABLE_DATE, TimeSliceEcho } from '@app/projections';
import type {
  PopoloExport,
  PopoloMembership,
  PopoloOrganization,
  PopoloPerson,
  PopoloPost,
} from '@app/structure';
import {
  PopoloEventResponse,
  PopoloMotionResponse,
  PopoloVoteEventResponse,
} from './popolo-meetings.response';

class PopoloOtherName {
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'short name' }) note!: string;
}

class PopoloOrganizationResponse implements PopoloOrganization {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({
    description: "The organisation's or group's kind, or collaboration-model",
    example: 'administration',
  })
  classification!: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A group: its parent group, or its model',
  })
  parent_id!: string | null;
  @ApiProperty(DATE) founding_date!: string;
  @ApiProperty(NULLABLE_DATE) dissolution_date!: string | null;
  @ApiPropertyOptional({ type: [PopoloOtherName] }) other_names?: PopoloOtherName[];
}

class PopoloPersonResponse implements PopoloPerson {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ description: 'Left out once the name is erased' }) name?: string;
}

class PopoloPostResponse implements PopoloPost {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Förvaltningschef SOF' }) label!: string;
  @ApiProperty({ format: 'uuid' }) organization_id!: string;
  @ApiProperty(DATE) start_date!: string;
  @ApiProperty(NULLABLE_DATE) end_date!: string | null;
}

class PopoloMembershipResponse implements PopoloMembership {
  @ApiProperty({ description: "A seat's id, or `<post id>:<since>` for a post's holding" })
  id!: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Left out when nobody is known to sit (a post with no known holder, an unnamed seat)',
  })
  person_id?: string;
  @ApiProperty({
    format: 'uuid',
    description: "The group (or, for a post's holder, the post's organisation)",
  })
  organization_id!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The post holding the seat, or held' })
  post_id?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The organisation represented' })
  on_behalf_of_id?: string;
  @ApiProperty({ example: 'member' }) role!: string;
  @ApiProperty(DATE) start_date!: string;
  @ApiProperty(NULLABLE_DATE) end_date!: string | null;
}

export class PopoloAnswer extends TimeSliceEcho implements PopoloExport, PopoloMeetingsExport {
  @ApiProperty({ type: [PopoloOrganizationResponse] })
  organizations!: PopoloOrganizationResponse[];
  @ApiProperty({ type: [PopoloPersonResponse] }) persons!: PopoloPersonResponse[];
  @ApiProperty({ type: [PopoloMembershipResponse] }) memberships!: PopoloMembershipResponse[];
  @ApiProperty({ type: [PopoloPostResponse] }) posts!: PopoloPostResponse[];
  @ApiProperty({ type: [PopoloEventResponse], description: 'Meetings dated on or before asOf' })
  events!: PopoloEventResponse[];
  @ApiProperty({
    type: [PopoloMotionResponse],
    description: 'The motions (yrkanden) of their items',
  })
  motions!: PopoloMotionResponse[];
  @ApiProperty({ type: [PopoloVoteEventResponse], description: 'One per decided item' })
  vote_events!: PopoloVoteEventResponse[];
}
