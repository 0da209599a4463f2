import { ApiProperty } from '@nestjs/swagger';
import { NULLABLE_STRING } from '@app/projections';

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
