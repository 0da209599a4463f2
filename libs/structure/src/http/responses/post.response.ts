import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { DATE, NextPage, NULLABLE_DATE, TimeSliceEcho } from '@app/projections';
import type { HolderPeriod, PostView } from '../../read';
import { OrganisationRef, PersonRef } from './refs.response';

class PostHolder extends PersonRef {
  @ApiProperty({ ...DATE, description: 'Since when they have held the post' }) since!: string;
}

export class PostResponse implements PostView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Förvaltningschef SOF' }) name!: string;
  @ApiProperty({ type: OrganisationRef }) organisation!: OrganisationRef;
  @ApiProperty({ enum: ['established', 'abolished'] }) status!: 'established' | 'abolished';
  @ApiProperty(DATE) establishedOn!: string;
  @ApiProperty(NULLABLE_DATE) abolishedOn!: string | null;
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
  @ApiProperty(DATE) from!: string;
  @ApiProperty(NULLABLE_DATE) to!: string | null;
}

export class PostAnswer extends IntersectionType(PostResponse, TimeSliceEcho) {
  @ApiProperty({ type: [HolderPeriodResponse] }) holders!: HolderPeriodResponse[];
}

export class PostsPage extends IntersectionType(TimeSliceEcho, NextPage) {
  @ApiProperty({ type: [PostResponse] }) posts!: PostResponse[];
}
