import { Controller, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString } from 'class-validator';
import type { Identity } from '@app/kernel';
import { CurrentIdentity, RequiresPermission, SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { GROUPS, MODELS, ORGANISATIONS, POSTS, structureOf } from '../read';
import { echoOf, sliceOf, TimeTravelQuery } from './time-travel.query';
import { QueryEndpoint } from '@app/projections';
import { notFound } from './not-found';
import { StructureAnswer } from './responses';

class StructureQuery extends TimeTravelQuery {
  @ApiProperty({ description: 'The collaboration model' })
  @IsString()
  @IsNotEmpty()
  modelId!: string;
}

@ApiTags('structure')
@RequiresPermission('record.read')
@Controller('structure')
export class StructureQueriesController {
  constructor(@Inject(SQL_DATABASE) private readonly database: SqlDatabase) {}

  @ApiOkResponse({ type: StructureAnswer })
  @QueryEndpoint(
    '',
    'A model on asOf as known at knownAt: participants, group tree with members, counts per organisation',
    MODELS,
    GROUPS,
    ORGANISATIONS,
    POSTS,
  )
  async get(
    @Query() query: StructureQuery,
    @CurrentIdentity() identity: Identity,
  ): Promise<StructureAnswer> {
    const slice = sliceOf(query);
    const structure = await structureOf(
      this.database.db,
      identity.municipality,
      query.modelId,
      slice,
    );
    if (!structure) throw notFound('MODEL', 'collaboration model', query.modelId, slice);
    return { ...echoOf(slice), ...structure };
  }
}
