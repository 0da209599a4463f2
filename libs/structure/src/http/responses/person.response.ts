import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import {
  DATE,
  DATE_AS_GIVEN,
  DATE_TIME,
  EVENT_DATA,
  NextPage,
  NULLABLE_DATE,
  NULLABLE_DATE_AS_GIVEN,
  NULLABLE_STRING,
  TimeSliceEcho,
} from '@app/projections';
import type { MembershipView, Mention, PersonRow, RegisterExtract } from '../../read';
import { NamedRef, OrganisationRef, PersonRef } from './refs.response';

export class PersonResponse implements PersonRow {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ ...NULLABLE_STRING, description: 'Null once erased' }) name!: string | null;
  @ApiProperty() nameErased!: boolean;
  @ApiProperty(NULLABLE_STRING) title!: string | null;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty(DATE_AS_GIVEN) registeredOn!: string;
  @ApiProperty({ type: OrganisationRef }) organisation!: OrganisationRef;
}

export class PersonAnswer extends IntersectionType(PersonResponse, TimeSliceEcho) {}

export class PeoplePage extends IntersectionType(TimeSliceEcho, NextPage) {
  @ApiProperty({ type: [PersonResponse] }) people!: PersonResponse[];
}

class MembershipGroup {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty(NULLABLE_STRING) name!: string | null;
  @ApiProperty(NULLABLE_STRING) kind!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) modelId!: string | null;
}

class RolePeriod {
  @ApiProperty() role!: string;
  @ApiProperty(DATE) from!: string;
  @ApiProperty(NULLABLE_DATE) to!: string | null;
}

class AlsoForPost extends NamedRef {
  @ApiProperty({ format: 'uuid', description: "The post's seat in the same group" })
  membershipId!: string;
}

class MembershipResponse implements MembershipView {
  @ApiProperty({ format: 'uuid' }) membershipId!: string;
  @ApiProperty({
    type: NamedRef,
    nullable: true,
    description: "The post's seat the person sat in while holding the post",
  })
  post!: NamedRef | null;
  @ApiProperty({
    type: AlsoForPost,
    nullable: true,
    description:
      "On a seat of their own: a post they held had a seat in the same group then; they sat once, here (the post's seat is listed only outside this seat's time)",
  })
  alsoForPost!: AlsoForPost | null;
  @ApiProperty({ type: MembershipGroup }) group!: MembershipGroup;
  @ApiProperty({ type: OrganisationRef }) organisation!: OrganisationRef;
  @ApiProperty({ description: 'The role held last (or now)' }) role!: string;
  @ApiProperty({ type: [RolePeriod] }) roles!: RolePeriod[];
  @ApiProperty(DATE_AS_GIVEN) from!: string;
  @ApiProperty(NULLABLE_DATE_AS_GIVEN) to!: string | null;
}

export class MembershipsAnswer extends IntersectionType(TimeSliceEcho, NextPage) {
  @ApiProperty({ type: PersonRef }) person!: PersonRef;
  @ApiProperty({ type: [MembershipResponse] }) memberships!: MembershipResponse[];
}

class PersonalDataRow {
  @ApiProperty(NULLABLE_STRING) name!: string | null;
  @ApiProperty(NULLABLE_STRING) title!: string | null;
  @ApiProperty(DATE_TIME) recordedAt!: string;
  @ApiProperty(DATE_TIME) updatedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) erasedAt!: string | null;
}

class MentionResponse implements Mention {
  @ApiProperty() stream!: string;
  @ApiProperty() revision!: string;
  @ApiProperty() type!: string;
  @ApiProperty(NULLABLE_DATE) validFrom!: string | null;
  @ApiProperty(DATE_TIME) recordedAt!: string;
  @ApiProperty(EVENT_DATA) data!: unknown;
}

export class RegisterExtractAnswer implements RegisterExtract {
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty({ type: PersonalDataRow, nullable: true }) personalData!: PersonalDataRow | null;
  @ApiProperty({ type: [MentionResponse] }) mentions!: MentionResponse[];
}
