import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsUUID, ValidateIf, ValidateNested } from 'class-validator';
import { CommandBodyDto, Ids, Requires, SourceDate } from '@app/platform';
import { GroupFieldsDto } from './group.dto';

/** Several groups of one model end in one: an existing group (`targetId`) or a new one (`target`). */
export class MergeGroupsDto extends CommandBodyDto {
  @Ids(1, 50, { description: 'The groups that end in the target' })
  sourceIds!: string[];

  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'An existing group' })
  @ValidateIf((o: MergeGroupsDto) => o.targetId !== undefined)
  @Requires((o) => o.target === undefined, 'give target or targetId, not both')
  @IsUUID()
  targetId?: string;

  @ApiPropertyOptional({
    type: GroupFieldsDto,
    description: "A group formed by the merge in the sources' model",
  })
  @ValidateIf((o: MergeGroupsDto) => o.target !== undefined || o.targetId === undefined)
  @IsObject({ message: 'target (a new group) or targetId (an existing one) is required' })
  @ValidateNested()
  @Type(() => GroupFieldsDto)
  target?: GroupFieldsDto;

  @SourceDate({ description: 'The day (or month, or year) the sources end in the target' })
  on!: string;
}
