import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DATE, NULLABLE_DATE, TimeSliceEcho } from '@app/projections';
import type { PopoloExport, PopoloMembership, PopoloOrganization, PopoloPerson } from '../../read';

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

class PopoloMembershipResponse implements PopoloMembership {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) person_id!: string;
  @ApiProperty({ format: 'uuid', description: 'The group' }) organization_id!: string;
  @ApiProperty({ format: 'uuid', description: 'The organisation represented' })
  on_behalf_of_id!: string;
  @ApiProperty({ example: 'member' }) role!: string;
  @ApiProperty(DATE) start_date!: string;
  @ApiProperty(NULLABLE_DATE) end_date!: string | null;
}

export class PopoloAnswer extends TimeSliceEcho implements PopoloExport {
  @ApiProperty({ type: [PopoloOrganizationResponse] })
  organizations!: PopoloOrganizationResponse[];
  @ApiProperty({ type: [PopoloPersonResponse] }) persons!: PopoloPersonResponse[];
  @ApiProperty({ type: [PopoloMembershipResponse] }) memberships!: PopoloMembershipResponse[];
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'None recorded yet' })
  posts!: never[];
}
