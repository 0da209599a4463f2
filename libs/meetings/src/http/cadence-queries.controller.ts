import { Controller, Inject, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Identity } from '@app/kernel';
import { CurrentIdentity, RequiresPermission, SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { QueryEndpoint } from '@app/projections';
import { GROUPS, ORGANISATIONS } from '@app/structure';
import { cadenceOf, MEETINGS, type CadenceBodyRef } from '../read';
import { CadenceQuery } from './meetings.query';
import { notFound } from './not-found.query';
import { CadenceAnswer } from './responses';

/** A group's or a board's meetings in the query's window against its cadence; 404 as `missing`. */
async function cadenceAnswer(
  database: SqlDatabase,
  tenant: string,
  body: CadenceBodyRef,
  query: CadenceQuery,
  missing: readonly [code: string, what: string],
): Promise<CadenceAnswer> {
  const cadence = await cadenceOf(database.db, tenant, { body, from: query.from, to: query.to });
  if (!cadence) throw notFound(...missing, body.id);
  return cadence;
}

@ApiTags('groups')
@RequiresPermission('record.read')
@Controller('groups')
export class CadenceQueriesController {
  constructor(@Inject(SQL_DATABASE) private readonly database: SqlDatabase) {}

  @ApiOkResponse({ type: CadenceAnswer })
  @QueryEndpoint(
    ':id/cadence',
    'Meetings the group held from `from` to `to` against its agreed cadence. gaps lists every ' +
      'interval longer than maxWeeks, the edges included: from the last meeting before the window ' +
      "(or the window's start, or the group's formation) to the first in it, and from the last " +
      'meeting to the end of the window (no later than today or the end of the group). ' +
      'shortIntervals lists meetings closer together than minWeeks.',
    GROUPS,
    MEETINGS,
  )
  async get(
    @Param('id') id: string,
    @Query() query: CadenceQuery,
    @CurrentIdentity() identity: Identity,
  ): Promise<CadenceAnswer> {
    const body = { kind: 'group', id } as const;
    return cadenceAnswer(this.database, identity.municipality, body, query, ['GROUP', 'group']);
  }
}

/** The same check for boards and committees (organisations that meet). */
@ApiTags('organisations')
@RequiresPermission('record.read')
@Controller('organisations')
export class OrganisationCadenceQueriesController {
  constructor(@Inject(SQL_DATABASE) private readonly database: SqlDatabase) {}

  @ApiOkResponse({ type: CadenceAnswer })
  @QueryEndpoint(
    ':id/cadence',
    'Meetings a board or committee held from `from` to `to` against its agreed cadence, as for ' +
      'groups (gaps, shortIntervals, periods). 404 for an organisation that does not meet.',
    ORGANISATIONS,
    MEETINGS,
  )
  async get(
    @Param('id') id: string,
    @Query() query: CadenceQuery,
    @CurrentIdentity() identity: Identity,
  ): Promise<CadenceAnswer> {
    const body = { kind: 'organisation', id } as const;
    const missing = ['ORGANISATION', 'board or committee'] as const;
    return cadenceAnswer(this.database, identity.municipality, body, query, missing);
  }
}
