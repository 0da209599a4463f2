import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageCursor, PageLimit } from '@app/projections';
import { TimeTravelQuery } from './time-travel.query';

/** `GET /people`: registered by asOf, by organisation and by a part of the name. */
export class PeopleQuery extends TimeTravelQuery {
  @ApiPropertyOptional({ description: 'People of this organisation on asOf' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisationId?: string;

  @ApiPropertyOptional({
    description: 'A part of the name, any case (erased names never match)',
    example: 'landberg',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @PageLimit()
  limit?: number;

  @PageCursor()
  cursor?: string;
}
