import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NULLABLE_STRING } from '@app/projections';
import { CADENCE_LIMITS, CADENCE_PERIODS, type CadencePeriod } from '../../domain';

/** Another thing an answer names: its id, and its name on the answer's date (null if unknown). */
export class NamedRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty(NULLABLE_STRING) name!: string | null;
}

export class OrganisationRef extends NamedRef {
  @ApiProperty({ ...NULLABLE_STRING, example: 'NAF' }) shortName!: string | null;
}

export class PersonRef extends NamedRef {
  @ApiProperty({ description: 'The name was erased (name is then null)' }) nameErased!: boolean;
}

/** The post that holds a seat: whoever holds the post on the answer's date sits in it. */
export class SeatPostRef extends NamedRef {
  @ApiProperty({ description: 'No holder of the post is known on the date' })
  holderUnknown!: boolean;

  @ApiProperty({
    ...NULLABLE_STRING,
    format: 'uuid',
    description:
      "The holder's own seat in the same group on the date (its membershipId): a person sits once, so they are shown there and this seat's person is null",
  })
  holderSitsInOwnSeat!: string | null;
}

export const SEAT_HELD_BY = {
  enum: ['person', 'post', 'organisation'],
  description: "A person's seat, a post's, or the organisation's with nobody named",
};
export const SEAT_PERSON = {
  type: PersonRef,
  nullable: true,
  description: "Who sits on the date (a post's holder then); null when unknown or nobody is named",
};

/**
 * How often a body agreed to meet: every minWeeks to maxWeeks weeks, or count meetings per
 * term or year (one or the other pair is present).
 */
export class CadenceResponse {
  @ApiPropertyOptional({ minimum: 1, maximum: CADENCE_LIMITS.maxWeeks }) minWeeks?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: CADENCE_LIMITS.maxWeeks }) maxWeeks?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: CADENCE_LIMITS.maxCount }) count?: number;
  @ApiPropertyOptional({ enum: CADENCE_PERIODS }) per?: CadencePeriod;
}
