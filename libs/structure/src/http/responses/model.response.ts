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
import type { Adoption } from '../../domain';
import type { ModelRow, ParticipantRow } from '../../read';
import { NamedRef } from './refs.response';

class AdoptionResponse implements Adoption {
  @ApiProperty(NULLABLE_STRING) caseNumber!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) meetingId!: string | null;
  @ApiProperty({ ...NULLABLE_STRING, example: '§ 42/23' }) item!: string | null;
  @ApiProperty(NULLABLE_STRING) description!: string | null;
}

export class ModelResponse implements ModelRow {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() purpose!: string;
  @ApiProperty({ type: [String] }) principles!: string[];
  @ApiProperty({ type: [String] }) focusAreas!: string[];
  @ApiProperty({ type: AdoptionResponse }) adoptedBy!: AdoptionResponse;
  @ApiProperty({ enum: ['active', 'replaced', 'retired'] })
  status!: 'active' | 'replaced' | 'retired';
  @ApiProperty(DATE_AS_GIVEN) establishedOn!: string;
  @ApiProperty(DATE_AS_GIVEN) amendedOn!: string;
  @ApiProperty(NULLABLE_DATE_AS_GIVEN) endedOn!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) predecessorId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) successorId!: string | null;
  @ApiProperty(DATE) versionFrom!: string;
  @ApiProperty(NULLABLE_DATE) versionTo!: string | null;
  @ApiProperty({
    ...CERTAINTY,
    description:
      'Uncertain while establishedOn may not have come yet on asOf, or endedOn already may have',
  })
  certainty!: 'certain' | 'uncertain';
}

export class ParticipantResponse implements ParticipantRow {
  @ApiProperty({ format: 'uuid' }) modelId!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty(NULLABLE_STRING) name!: string | null;
  @ApiProperty(NULLABLE_STRING) shortName!: string | null;
  @ApiProperty(NULLABLE_STRING) kind!: string | null;
  @ApiProperty(DATE_AS_GIVEN) from!: string;
  @ApiProperty(NULLABLE_DATE_AS_GIVEN) to!: string | null;
  @ApiProperty(CERTAINTY) certainty!: 'certain' | 'uncertain';
}

/** A model with its predecessor and successor named. */
export class RelatedModelResponse extends ModelResponse {
  @ApiProperty({ type: NamedRef, nullable: true }) predecessor!: NamedRef | null;
  @ApiProperty({ type: NamedRef, nullable: true }) successor!: NamedRef | null;
}

export class ModelAnswer extends IntersectionType(RelatedModelResponse, TimeSliceEcho) {
  @ApiProperty({ type: [ParticipantResponse] }) participants!: ParticipantResponse[];
}

export class ModelsPage extends IntersectionType(TimeSliceEcho, NextPage) {
  @ApiProperty({ type: [ModelResponse] }) models!: ModelResponse[];
}
