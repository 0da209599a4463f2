import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsObject,
  IsOptional,
  IsUUID,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CommandBodyDto, SourceDate, Id, OneOf, Requires } from '@app/platform';
import { ModelFieldsDto } from './model.dto';

export class GroupDispositionDto {
  @Id()
  groupId!: string;

  @OneOf(['transfer', 'dissolve'])
  action!: 'transfer' | 'dissolve';

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description:
      'Only with transfer: the new parent (a group of the successor or another transferred one); null: top level; left out: the parent it has now',
  })
  @IsOptional()
  @Requires((o) => o.action === 'transfer', 'parentId is given only with action transfer')
  @IsUUID()
  parentId?: string | null;
}

/** The successor is either a new model (`successor`) or one that exists (`successorId`). */
export class ReplaceModelDto extends CommandBodyDto {
  @ApiPropertyOptional({ type: ModelFieldsDto, description: 'A new model to establish' })
  @ValidateIf((o: ReplaceModelDto) => o.successor !== undefined || o.successorId === undefined)
  @IsObject({ message: 'successor (a new model) or successorId (an existing one) is required' })
  @ValidateNested()
  @Type(() => ModelFieldsDto)
  successor?: ModelFieldsDto;

  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'An existing model' })
  @ValidateIf((o: ReplaceModelDto) => o.successorId !== undefined)
  @Requires((o) => o.successor === undefined, 'give successor or successorId, not both')
  @IsUUID()
  successorId?: string;

  @SourceDate({ example: '2025-01-01' })
  effectiveOn!: string;

  @ApiProperty({
    type: [GroupDispositionDto],
    maxItems: 500,
    description: 'Every group of the model, each exactly once',
  })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => GroupDispositionDto)
  groups!: GroupDispositionDto[];
}
