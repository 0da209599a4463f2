import { Controller, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Identity } from '@app/kernel';
import { CurrentIdentity, RequiresPermission, SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { QueryEndpoint } from '@app/projections';
import { ORGANISATIONS, today } from '@app/structure';
import { ASSIGNMENTS, listAssignments, MEETINGS } from '../read';
import { AssignmentsQuery } from './meetings.query';

@ApiTags('assignments')
@RequiresPermission('record.read')
@Controller('assignments')
export class AssignmentsQueriesController {
  constructor(@Inject(SQL_DATABASE) private readonly database: SqlDatabase) {}

  @QueryEndpoint(
    '',
    'Assignments as they stood on asOf (default today, Europe/Stockholm): overdue is open past ' +
      'the due date in force that day; extensions, reports and withdrawals count from their dates',
    ASSIGNMENTS,
    MEETINGS,
    ORGANISATIONS,
  )
  async list(@Query() query: AssignmentsQuery, @CurrentIdentity() identity: Identity) {
    const asOf = query.asOf ?? today();
    const assignments = await listAssignments(this.database.db, identity.municipality, {
      asOf,
      organisationId: query.organisationId,
      status: query.status,
    });
    return { asOf, assignments };
  }
}
