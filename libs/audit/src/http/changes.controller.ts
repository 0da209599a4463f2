import { Controller, Inject, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { DomainError, type Identity } from '@app/kernel';
import { CurrentIdentity, RequiresPermission, SQL_DATABASE, type SqlDatabase } from '@app/platform';
import {
  cursorInvalid,
  ListEndpoint,
  nextLinkOf,
  pageRequestOf,
  positionCursorOf,
} from '@app/projections';
import { recordedChanges } from '../changes/recorded-changes.queries';
import { structureChanges } from '../changes/structure-changes.queries';
import { AUDIT_TRAIL } from '../trail/audit-trail.projection';
import { stockholmDate } from '../trail/trail-entry';
import { RecordedChangesQuery, StructureChangesQuery } from './dto/changes.query';
import { AuditChangesAnswer, StructureChangesAnswer } from './responses';
import { windowInvalid } from './window-invalid';

@ApiTags('audit')
@RequiresPermission('audit.read')
@Controller()
export class ChangesController {
  constructor(@Inject(SQL_DATABASE) private readonly database: SqlDatabase) {}

  @ApiOkResponse({ type: StructureChangesAnswer })
  @ListEndpoint(
    'structure/changes',
    'What changed in a model between two dates of valid time: groups formed, dissolved, moved, merged, transferred or re-mandated, seats started, ended or changed role, participants joined or left; with counts per kind',
    AUDIT_TRAIL,
  )
  async structure(
    @Query() query: StructureChangesQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<StructureChangesAnswer> {
    if (query.to < query.from) throw windowInvalid('to', 'from');
    const page = pageRequestOf(query);
    const result = await structureChanges(this.database.db, identity.municipality, {
      modelId: query.modelId,
      from: query.from,
      to: query.to,
      knownAt: query.knownAt === undefined ? null : new Date(query.knownAt).toISOString(),
      limit: page.limit,
      after: page.after === undefined ? undefined : changeKeyOf(page.after),
    });
    if (!result) {
      throw new DomainError('MODEL.NOT_FOUND', `No model ${query.modelId}`, 'not-found', {
        id: query.modelId,
      });
    }
    return {
      modelId: query.modelId,
      from: query.from,
      to: query.to,
      counts: result.counts,
      changes: result.changes,
      next: result.nextAfter === null ? null : nextLinkOf(request, result.nextAfter),
    };
  }

  @ApiOkResponse({ type: AuditChangesAnswer })
  @ListEndpoint(
    'audit/changes',
    'Everything recorded in a window of record time, grouped by entity, each change flagged retroactive when it is dated before `since`',
    AUDIT_TRAIL,
  )
  async recorded(
    @Query() query: RecordedChangesQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<AuditChangesAnswer> {
    const since = new Date(query.since).toISOString();
    const until = new Date(query.until ?? Date.now()).toISOString();
    if (until < since) throw windowInvalid('until', 'since');
    const page = pageRequestOf(query);
    const result = await recordedChanges(this.database.db, identity.municipality, {
      since,
      until,
      sinceDate: stockholmDate(since),
      limit: page.limit,
      after: page.after === undefined ? undefined : positionCursorOf(page.after),
    });
    return {
      since,
      until,
      counts: result.counts,
      entities: result.entities,
      next: result.nextAfter === null ? null : nextLinkOf(request, result.nextAfter),
    };
  }
}

function changeKeyOf(key: string): { date: string; position: string } {
  const [date, position] = key.split('|');
  // A change's date is as precise as its source: a year, a month or a day.
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date) || !position) throw cursorInvalid();
  return { date, position: positionCursorOf(position) };
}
