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
import type { Cadence } from '../../domain';
import { CadenceResponse } from './refs.response';
import type { OrganisationRow, RepresentationRow } from '../../read';
import {
  OrganisationRef,
  PersonRef,
  SEAT_HELD_BY,
  SEAT_PERSON,
  SeatPostRef,
} from './refs.response';

export class OrganisationResponse implements OrganisationRow {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'administration' }) kind!: string;
  @ApiProperty() name!: string;
  @ApiProperty(NULLABLE_STRING) shortName!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty({ enum: ['active', 'dissolved'] }) status!: 'active' | 'dissolved';
  @ApiProperty(DATE_AS_GIVEN) establishedOn!: string;
  @ApiProperty(NULLABLE_DATE_AS_GIVEN) dissolvedOn!: string | null;
  @ApiProperty({
    type: String,
    enum: ['minutes', 'notes'],
    nullable: true,
    description:
      'How a board or committee keeps its records; null for an organisation that does not meet',
  })
  records!: 'minutes' | 'notes' | null;
  @ApiProperty({
    type: CadenceResponse,
    nullable: true,
    description:
      'How often a board or committee agreed to meet: every min-max weeks, or a count per term or year',
  })
  cadence!: Cadence | null;
  @ApiProperty({ ...DATE, description: 'Since when this version has held' }) versionFrom!: string;
  @ApiProperty({ ...NULLABLE_DATE, description: 'Until when (null: still)' })
  versionTo!: string | null;
  @ApiProperty({
    ...CERTAINTY,
    description:
      'Uncertain while establishedOn may not have come yet on asOf, or dissolvedOn already may have',
  })
  certainty!: 'certain' | 'uncertain';
}

export class OrganisationAnswer extends IntersectionType(OrganisationResponse, TimeSliceEcho) {}

export class OrganisationsPage extends IntersectionType(TimeSliceEcho, NextPage) {
  @ApiProperty({ type: [OrganisationResponse] }) organisations!: OrganisationResponse[];
}

class RepresentedOrganisation extends OrganisationRef {
  @ApiProperty({ type: String, enum: ['active', 'dissolved'], nullable: true })
  status!: string | null;
}

class RepresentationGroup {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty(NULLABLE_STRING) name!: string | null;
  @ApiProperty(NULLABLE_STRING) kind!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) modelId!: string | null;
  @ApiProperty(NULLABLE_STRING) modelName!: string | null;
}

class RepresentationSeat implements RepresentationRow {
  @ApiProperty({ type: RepresentationGroup }) group!: RepresentationGroup;
  @ApiProperty({ format: 'uuid' }) membershipId!: string;
  @ApiProperty(SEAT_HELD_BY) heldBy!: 'person' | 'post' | 'organisation';
  @ApiProperty(SEAT_PERSON) person!: PersonRef | null;
  @ApiProperty({ type: SeatPostRef, nullable: true }) post!: SeatPostRef | null;
  @ApiProperty({ example: 'member' }) role!: string;
  @ApiProperty(DATE) roleSince!: string;
  @ApiProperty(DATE_AS_GIVEN) from!: string;
  @ApiProperty(NULLABLE_DATE_AS_GIVEN) to!: string | null;
  @ApiProperty({
    ...CERTAINTY,
    description:
      'Whether the seat was certainly held on asOf, by the one shown (a post: its holder)',
  })
  certainty!: 'certain' | 'uncertain';
}

export class RepresentationAnswer extends IntersectionType(TimeSliceEcho, NextPage) {
  @ApiProperty({ type: RepresentedOrganisation }) organisation!: RepresentedOrganisation;
  @ApiProperty({ description: 'Groups in which it holds a seat (on all pages, not only this one)' })
  groups!: number;
  @ApiProperty({ type: [RepresentationSeat] }) seats!: RepresentationSeat[];
}
