import { ApiProperty } from '@nestjs/swagger';
import { NULLABLE_STRING, TimeSliceEcho } from '@app/projections';
import type { OrganisationCount, StructureGroup } from '../../read';
import { GroupResponse, SeatResponse } from './group.response';
import { ParticipantResponse, RelatedModelResponse } from './model.response';

class StructureGroupResponse extends GroupResponse implements StructureGroup {
  @ApiProperty({ type: [SeatResponse] }) members!: SeatResponse[];
  @ApiProperty({
    type: 'array',
    items: { $ref: '#/components/schemas/StructureGroupResponse' },
    description: 'The groups directly under this one, each with its own children',
  })
  children!: StructureGroupResponse[];
}

class OrganisationCountResponse implements OrganisationCount {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty(NULLABLE_STRING) name!: string | null;
  @ApiProperty(NULLABLE_STRING) shortName!: string | null;
  @ApiProperty({ description: 'A participant of the model' }) participant!: boolean;
  @ApiProperty({ description: 'Groups in which it holds at least one seat' }) groups!: number;
  @ApiProperty({ description: 'Different people holding its seats' }) members!: number;
  @ApiProperty() seats!: number;
}

class StructureTotals {
  @ApiProperty() groups!: number;
  @ApiProperty() members!: number;
  @ApiProperty() seats!: number;
}

export class StructureAnswer extends TimeSliceEcho {
  @ApiProperty({ type: RelatedModelResponse }) model!: RelatedModelResponse;
  @ApiProperty({ type: [ParticipantResponse] }) participants!: ParticipantResponse[];
  @ApiProperty({ type: [StructureGroupResponse], description: 'The top groups, as a tree' })
  groups!: StructureGroupResponse[];
  @ApiProperty({ type: [OrganisationCountResponse] })
  countsByOrganisation!: OrganisationCountResponse[];
  @ApiProperty({ type: StructureTotals }) totals!: StructureTotals;
}
