import { Controller, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ActorNames, EVENT_STORE, type EventStore } from '@app/event-store';
import type { Identity } from '@app/kernel';
import { CurrentIdentity, RequiresPermission, SQL_DATABASE, type SqlDatabase } from '@app/platform';
import {
  CsvExport,
  HistoryEndpoint,
  HistoryQuery,
  historyAnswerOf,
  HistoryResponse,
  ListEndpoint,
  keysetRequestOf,
  nextLinkAfter,
  QueryEndpoint,
} from '@app/projections';
import { ORGANISATIONS, today } from '@app/structure';
import { assignmentStream } from '../domain';
import {
  ASSIGNMENTS,
  assignmentAsKnownAt,
  assignmentsOrder,
  assignmentsPage,
  historyOf,
  listAssignments,
  MEETINGS,
  type AssignmentFilter,
} from '../read';
import { AssignmentQuery, AssignmentsQuery } from './meetings.query';
import { notFound } from './not-found.query';
import { AssignmentAnswer, AssignmentsPage } from './responses';

/** An entry of the register, for its CSV rows. */
type AssignmentEntry = Awaited<ReturnType<typeof listAssignments>>[number];

@ApiTags('assignments')
@RequiresPermission('record.read')
@Controller('assignments')
export class AssignmentsQueriesController {
  constructor(
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly names: ActorNames,
  ) {}

  @ApiOkResponse({ type: AssignmentsPage })
  @ListEndpoint(
    '',
    'Assignments as they stood on asOf (default today, Europe/Stockholm): overdue is open past ' +
      'the due date in force that day; extensions, reports and withdrawals count from their dates. ' +
      'With knownAt: the register as it had been recorded by then',
    ASSIGNMENTS,
    MEETINGS,
    ORGANISATIONS,
  )
  @CsvExport({
    filename: 'uppdrag.csv',
    rows: (body: { assignments: AssignmentEntry[] }) =>
      body.assignments.map((a) => ({
        id: a.id,
        status: a.status,
        what: a.what,
        owedBy: a.owedBy.organisation?.name ?? null,
        owedByPerson: a.owedBy.person?.name ?? null,
        jointlyWith: a.jointlyWith.map((debtor) => debtor.organisation?.name).join(', '),
        source: a.source.kind,
        sourceNumber: 'number' in a.source ? a.source.number : null,
        issuedOn: a.issuedOn,
        dueOn: a.dueOn,
        dueNote: a.dueNote,
        reportedOn: a.reportBack?.deliveredOn ?? null,
        withdrawnOn: a.withdrawal?.withdrawnOn ?? null,
      })),
  })
  async list(
    @Query() query: AssignmentsQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<AssignmentsPage> {
    const asOf = query.asOf ?? today();
    const wanted = keysetRequestOf(query, request, assignmentsOrder.length);
    const filter = { asOf, organisationId: query.organisationId, status: query.status };
    const page = await assignmentsPage(
      this.database.db,
      identity.municipality,
      { ...filter, asKnown: this.asKnown(identity.municipality, query.knownAt) },
      wanted,
    );
    const knownAt = query.knownAt ? { knownAt: query.knownAt } : {};
    return {
      asOf,
      ...knownAt,
      assignments: page.assignments,
      next: nextLinkAfter(request, page.after),
    };
  }

  @ApiOkResponse({ type: AssignmentAnswer })
  @QueryEndpoint(
    ':id',
    'One assignment as it stood on asOf, as recorded by knownAt: source, debtors, due date in ' +
      'force, extensions, reports, withdrawal and status',
    ASSIGNMENTS,
    MEETINGS,
    ORGANISATIONS,
  )
  async get(
    @Param('id') id: string,
    @Query() query: AssignmentQuery,
    @CurrentIdentity() identity: Identity,
  ): Promise<AssignmentAnswer> {
    const asOf = query.asOf ?? today();
    const [assignment] = await this.assignments(identity.municipality, query.knownAt, {
      asOf,
      assignmentId: id,
    });
    if (!assignment) throw notFound('ASSIGNMENT', 'assignment', id, query.knownAt);
    return { asOf, ...assignment };
  }

  @HistoryEndpoint(
    "Every event of the assignment's stream, oldest first, with who recorded it, when and why",
  )
  async history(
    @Param('id') id: string,
    @Query() query: HistoryQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<HistoryResponse> {
    const sources = { store: this.store, names: this.names };
    const answer = await historyAnswerOf(
      query,
      request,
      { id, name: assignmentStream(id) },
      (window) => historyOf(sources, identity.municipality, 'assignment', id, query, window),
    );
    if (!answer) throw notFound('ASSIGNMENT', 'assignment', id);
    return answer;
  }

  /** From the read model; as once known, each replayed from its own events. */
  private assignments(tenant: string, knownAt: string | undefined, filter: AssignmentFilter) {
    const asKnown = this.asKnown(tenant, knownAt);
    return listAssignments(this.database.db, tenant, { ...filter, asKnown });
  }

  /** An assignment as known at `knownAt`, replayed from its stream; undefined: as it is now. */
  private asKnown(tenant: string, knownAt: string | undefined) {
    return knownAt === undefined
      ? undefined
      : (assignmentId: string) => assignmentAsKnownAt(this.store, tenant, assignmentId, knownAt);
  }
}
