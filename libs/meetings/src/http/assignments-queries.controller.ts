import { Controller, Inject, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Identity } from '@app/kernel';
import { CurrentIdentity, RequiresPermission, SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { ListEndpoint, pageOfList, pageRequestOf } from '@app/projections';
import { ORGANISATIONS, today } from '@app/structure';
import { ASSIGNMENTS, listAssignments, MEETINGS } from '../read';
import { AssignmentsQuery } from './meetings.query';

@ApiTags('assignments')
@RequiresPermission('record.read')
@Controller('assignments')
export class AssignmentsQueriesController {
  constructor(@Inject(SQL_DATABASE) private readonly database: SqlDatabase) {}

  @ListEndpoint(
    '',
    'Assignments as they stood on asOf (default today, Europe/Stockholm): overdue is open past ' +
      'the due date in force that day; extensions, reports and withdrawals count from their dates',
    ASSIGNMENTS,
    MEETINGS,
    ORGANISATIONS,
  )
  async list(
    @Query() query: AssignmentsQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ) {
    const asOf = query.asOf ?? today();
    const assignments = await listAssignments(this.database.db, identity.municipality, {
      asOf,
      organisationId: query.organisationId,
      status: query.status,
    });
    const page = pageOfList(assignments, (entry) => entry.id, pageRequestOf(query), request);
    return { asOf, assignments: page.items, next: page.next };
  }
}
