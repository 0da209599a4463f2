import { Controller, Inject, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Identity } from '@app/kernel';
import { CurrentIdentity, RequiresPermission, SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { CsvExport, keysetRequestOf, ListEndpoint, nextLinkAfter } from '@app/projections';
import { GROUPS, ORGANISATIONS } from '@app/structure';
import { decisionsOrder, listDecisions, MEETINGS, type DecisionEntry } from '../read';
import { DecisionsQuery } from './meetings.query';
import { DecisionsPage } from './responses';

@ApiTags('decisions')
@RequiresPermission('record.read')
@Controller('decisions')
export class DecisionsQueriesController {
  constructor(@Inject(SQL_DATABASE) private readonly database: SqlDatabase) {}

  @ApiOkResponse({ type: DecisionsPage })
  @ListEndpoint(
    '',
    'The decision register: every decided item with its body, meeting, § number, case number, ' +
      'decision, approval, notice and the last day of the appeal period (three weeks from posting). ' +
      'organisationId matches the deciding body, organisations in attendance, the proposer and ' +
      'the recipients; partyAs says which.',
    MEETINGS,
    ORGANISATIONS,
    GROUPS,
  )
  @CsvExport({
    filename: 'beslut.csv',
    rows: (body: { decisions: DecisionEntry[] }) =>
      body.decisions.map((d) => ({
        date: d.meeting.date,
        body: d.body.name,
        number: d.number,
        caseNumber: d.caseNumber,
        title: d.title,
        decision: d.decision,
        form: d.form,
        records: d.records,
        unanimous: d.unanimous,
        approvedOn: d.approvedOn,
        noticePostedOn: d.noticePostedOn,
        appealEndsOn: d.appealEndsOn,
        counterSignedOn: d.counterSignedOn,
        meetingId: d.meeting.id,
        itemId: d.itemId,
      })),
  })
  async list(
    @Query() query: DecisionsQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<DecisionsPage> {
    const { consistentWith: _position, limit: _limit, cursor: _cursor, ...filter } = query;
    const wanted = keysetRequestOf(query, request, decisionsOrder.length);
    const page = await listDecisions(this.database.db, identity.municipality, filter, wanted);
    return { decisions: page.decisions, next: nextLinkAfter(request, page.after) };
  }
}
