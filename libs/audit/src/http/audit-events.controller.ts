import { Controller, Inject, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Identity } from '@app/kernel';
import { CurrentIdentity, RequiresPermission, SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { ListEndpoint, nextLinkOf, pageRequestOf, positionCursorOf } from '@app/projections';
import { AUDIT_TRAIL } from '../trail/audit-trail.projection';
import { trailPageOf } from '../trail/trail.page';
import { AuditEventsQuery } from './dto/audit-events.query';
import { AuditEventsPage } from './responses';
import { windowInvalid } from './window-invalid';

@ApiTags('audit')
@RequiresPermission('audit.read')
@Controller('audit/events')
export class AuditEventsController {
  constructor(@Inject(SQL_DATABASE) private readonly database: SqlDatabase) {}

  @ApiOkResponse({ type: AuditEventsPage })
  @ListEndpoint(
    '',
    'The audit trail: every event of the municipality, who recorded it, when, on whose behalf and why, with a link to its entity',
    AUDIT_TRAIL,
  )
  async list(
    @Query() query: AuditEventsQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<AuditEventsPage> {
    refuseReversedWindows(query);
    const page = pageRequestOf(query);
    const after = page.after === undefined ? undefined : positionCursorOf(page.after);
    const { entries, nextAfter } = await trailPageOf(this.database.db, identity.municipality, {
      filter: {
        actorId: query.actorId,
        onBehalfOf: query.onBehalfOf,
        organisationId: query.organisationId,
        types: query.type?.split(','),
        entityKind: query.entityKind,
        entityId: query.entityId,
        validFrom: query.validFrom,
        validTo: query.validTo,
        recordedFrom: query.recordedFrom,
        recordedTo: query.recordedTo,
        lateByMoreThan: query.recordedLateByMoreThan,
      },
      order: query.order === 'newest' ? 'desc' : 'asc',
      after,
      limit: page.limit,
    });
    return { events: entries, next: nextAfter === null ? null : nextLinkOf(request, nextAfter) };
  }
}

function refuseReversedWindows(query: AuditEventsQuery): void {
  if (query.validFrom && query.validTo && query.validTo < query.validFrom) {
    throw windowInvalid('validTo', 'validFrom');
  }
  if (
    query.recordedFrom &&
    query.recordedTo &&
    Date.parse(query.recordedTo) < Date.parse(query.recordedFrom)
  ) {
    throw windowInvalid('recordedTo', 'recordedFrom');
  }
}
