import { Controller, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Identity } from '@app/kernel';
import { CurrentIdentity, RequiresPermission, SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { QueryEndpoint } from '@app/projections';
import { GROUPS, MODELS, ORGANISATIONS, PEOPLE, popoloOf } from '../read';
import { PopoloAnswer } from './responses';
import { echoOf, sliceOf, TimeTravelQuery } from './time-travel.query';

@ApiTags('exports')
@RequiresPermission('record.read')
@Controller('export')
export class PopoloExportController {
  constructor(@Inject(SQL_DATABASE) private readonly database: SqlDatabase) {}

  @ApiOkResponse({ type: PopoloAnswer })
  @QueryEndpoint(
    'popolo',
    'The structure on asOf as Popolo JSON: organisations, models and groups as organizations, people as persons, seats as memberships',
    ORGANISATIONS,
    MODELS,
    GROUPS,
    PEOPLE,
  )
  async popolo(
    @Query() query: TimeTravelQuery,
    @CurrentIdentity() identity: Identity,
  ): Promise<PopoloAnswer> {
    const slice = sliceOf(query);
    return {
      ...echoOf(slice),
      ...(await popoloOf(this.database.db, identity.municipality, slice)),
    };
  }
}
