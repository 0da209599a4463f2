import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import {
  CERTAINTY,
  DATE,
  DATE_AS_GIVEN,
  NextPage,
  NULLABLE_DATE,
  NULLABLE_DATE_AS_GIVEN,
  NULLABLE_STRING,
  TimeSliceEcho,
} from '@app/projections';
import type { Certainty } from '@app/kernel';
import type { DescribedSeat, GroupRow } from '../../read';
import type { Cadence } from '../../domain';
import { CadenceResponse } from './refs.response';
import {
  NamedRef,
  OrganisationRef,
  PersonRef,
  SEAT_HELD_BY,
  SEAT_PERSON,
  SeatPostRef,
} from './refs.response';

export class GroupResponse implements GroupRow {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Null: outside any model',
  })
  modelId!: string | null;
  @ApiProperty({ example: 'working' }) kind!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty(NULLABLE_STRING) mandate!: string | null;
  @ApiProperty(NULLABLE_STRING) focusArea!: string | null;
  @ApiProperty({
    type: CadenceResponse,
    nullable: true,
    description: 'How often it meets: every min-max weeks, or a count per term or year',
  })
  cadence!: Cadence | null;
  @ApiProperty({ example: 'notes' }) records!: string;
  @ApiProperty({ enum: ['active', 'dissolved', 'merged'] })
  status!: 'active' | 'dissolved' | 'merged';
  @ApiProperty(DATE_AS_GIVEN) formedOn!: string;
  @ApiProperty(NULLABLE_DATE_AS_GIVEN) endedOn!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) mergedInto!: string | null;
  @ApiProperty(DATE) versionFrom!: string;
  @ApiProperty(NULLABLE_DATE) versionTo!: string | null;
  @ApiProperty({
    ...CERTAINTY,
    description:
      'Uncertain while formedOn may not have come yet on asOf, or endedOn already may have',
  })
  certainty!: Certainty;
}

export class SeatResponse implements DescribedSeat {
  @ApiProperty({ format: 'uuid' }) membershipId!: string;
  @ApiProperty(SEAT_HELD_BY) heldBy!: 'person' | 'post' | 'organisation';
  @ApiProperty(SEAT_PERSON) person!: PersonRef | null;
  @ApiProperty({ type: SeatPostRef, nullable: true }) post!: SeatPostRef | null;
  @ApiProperty({ type: OrganisationRef, description: 'The organisation represented' })
  organisation!: OrganisationRef;
  @ApiProperty({ example: 'member' }) role!: string;
  @ApiProperty({ ...DATE, description: 'Since when the seat has been held in this role' })
  roleSince!: string;
  @ApiProperty(DATE_AS_GIVEN) from!: string;
  @ApiProperty(NULLABLE_DATE_AS_GIVEN) to!: string | null;
  @ApiProperty(CERTAINTY) certainty!: Certainty;
}

export class GroupAnswer extends IntersectionType(GroupResponse, TimeSliceEcho) {
  @ApiProperty({ type: NamedRef, nullable: true }) model!: NamedRef | null;
  @ApiProperty({ type: [SeatResponse] }) members!: SeatResponse[];
}

export class GroupsPage extends IntersectionType(TimeSliceEcho, NextPage) {
  @ApiProperty({ type: [GroupResponse] }) groups!: GroupResponse[];
}
