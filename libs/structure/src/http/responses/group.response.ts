import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import {
  DATE,
  FREE_FORM,
  NextPage,
  NULLABLE_DATE,
  NULLABLE_STRING,
  TimeSliceEcho,
} from '@app/projections';
import type { DescribedSeat, GroupRow } from '../../read';
import type { Cadence } from '../../domain';
import { NamedRef, OrganisationRef, PersonRef } from './refs.response';

export class GroupResponse implements GroupRow {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) modelId!: string;
  @ApiProperty({ example: 'working' }) kind!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty(NULLABLE_STRING) mandate!: string | null;
  @ApiProperty(NULLABLE_STRING) focusArea!: string | null;
  @ApiProperty({
    ...FREE_FORM,
    nullable: true,
    description: 'How often it meets: every min-max weeks, or a count per term or year',
  })
  cadence!: Cadence | null;
  @ApiProperty({ example: 'notes' }) records!: string;
  @ApiProperty({ enum: ['active', 'dissolved', 'merged'] })
  status!: 'active' | 'dissolved' | 'merged';
  @ApiProperty(DATE) formedOn!: string;
  @ApiProperty(NULLABLE_DATE) endedOn!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) mergedInto!: string | null;
  @ApiProperty(DATE) versionFrom!: string;
  @ApiProperty(NULLABLE_DATE) versionTo!: string | null;
}

export class SeatResponse implements DescribedSeat {
  @ApiProperty({ format: 'uuid' }) membershipId!: string;
  @ApiProperty({ type: PersonRef }) person!: PersonRef;
  @ApiProperty({ type: OrganisationRef, description: 'The organisation represented' })
  organisation!: OrganisationRef;
  @ApiProperty({ example: 'member' }) role!: string;
  @ApiProperty({ ...DATE, description: 'Since when the person has held this role' })
  roleSince!: string;
  @ApiProperty(DATE) from!: string;
  @ApiProperty(NULLABLE_DATE) to!: string | null;
}

export class GroupAnswer extends IntersectionType(GroupResponse, TimeSliceEcho) {
  @ApiProperty({ type: NamedRef }) model!: NamedRef;
  @ApiProperty({ type: [SeatResponse] }) members!: SeatResponse[];
}

export class GroupsPage extends IntersectionType(TimeSliceEcho, NextPage) {
  @ApiProperty({ type: [GroupResponse] }) groups!: GroupResponse[];
}
