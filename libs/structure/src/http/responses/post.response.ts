import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import {
  CERTAINTY,
  DATE,
  DATE_AS_GIVEN,
  NextPage,
  NULLABLE_DATE,
  NULLABLE_DATE_AS_GIVEN,
  TimeSliceEcho,
} from '@app/projections';
import type { HolderPeriod, PostView } from '../../read';
import { OrganisationRef, PersonRef } from './refs.response';

class PostHolder extends PersonRef {
  @ApiProperty({ ...DATE_AS_GIVEN, description: 'Since when they have held the post' })
  since!: string;
  @ApiProperty({
    ...NULLABLE_DATE_AS_GIVEN,
    description: 'Until when, as known (the next change or the abolition); null: still',
  })
  until!: string | null;
  @ApiProperty({
    ...CERTAINTY,
    description: 'Uncertain while since may not have come yet on asOf, or until already may have',
  })
  certainty!: 'certain' | 'uncertain';
}

export class PostResponse implements PostView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Förvaltningschef SOF' }) name!: string;
  @ApiProperty({ type: OrganisationRef }) organisation!: OrganisationRef;
  @ApiProperty({ enum: ['established', 'abolished'] }) status!: 'established' | 'abolished';
  @ApiProperty(DATE_AS_GIVEN) establishedOn!: string;
  @ApiProperty(NULLABLE_DATE_AS_GIVEN) abolishedOn!: string | null;
  @ApiProperty({
    ...CERTAINTY,
    description:
      'Uncertain while establishedOn may not have come yet on asOf, or abolishedOn already may have',
  })
  certainty!: 'certain' | 'uncertain';
  @ApiProperty({
    type: PostHolder,
    nullable: true,
    description: 'Who held it on asOf; null when no holder is known then',
  })
  holder!: PostHolder | null;
  @ApiProperty() holderUnknown!: boolean;
  @ApiProperty({ ...DATE, description: 'Since when this version has held' }) versionFrom!: string;
  @ApiProperty({ ...NULLABLE_DATE, description: 'Until when (null: still)' })
  versionTo!: string | null;
}

class HolderPeriodResponse implements HolderPeriod {
  @ApiProperty({
    type: PersonRef,
    nullable: true,
    description: 'null: nobody is known to have held it in the period',
  })
  person!: PersonRef | null;
  @ApiProperty(DATE_AS_GIVEN) from!: string;
  @ApiProperty(NULLABLE_DATE_AS_GIVEN) to!: string | null;
}

export class PostAnswer extends IntersectionType(PostResponse, TimeSliceEcho) {
  @ApiProperty({ type: [HolderPeriodResponse] }) holders!: HolderPeriodResponse[];
}

export class PostsPage extends IntersectionType(TimeSliceEcho, NextPage) {
  @ApiProperty({ type: [PostResponse] }) posts!: PostResponse[];
}
