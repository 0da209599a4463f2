import { sql, type Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { readModel } from '@app/projections';
import {
  dueOnAsOf,
  formatItemNumber,
  reportedInTime,
  statusOf,
  type AssignmentStatus,
  type IsoDate,
} from '../../domain';
import { ASSIGNMENTS } from '../assignments.projection';
import { MEETINGS } from '../meetings.projection';
import type { AssignmentDocument, AssignmentsDb, MeetingsDb } from '../read-model.tables';
import { organisationNamer, personNamer } from './names';

export interface AssignmentFilter {
  /** The organisation that owes the assignment. */
  organisationId?: string;
  status?: AssignmentStatus;
  /** The day the status is computed for: overdue is open past the due date in force then. */
  asOf: IsoDate;
}

/**
 * Assignments as they stood on `asOf` (valid time): ones issued later are left out, and an
 * extension, a report or a withdrawal dated after `asOf` does not count yet. The status is the
 * domain's statusOf, so the register and the rules never disagree about "overdue".
 */
export async function listAssignments(
  database: Kysely<Database>,
  tenant: string,
  filter: AssignmentFilter,
) {
  const db = await readModel<AssignmentsDb>(database, ASSIGNMENTS);
  let query = db
    .selectFrom('assignments')
    .select('document')
    .where('tenant', '=', tenant)
    .where('issued_on', '<=', sql<string>`${filter.asOf}::date`)
    .orderBy('issued_on')
    .orderBy('assignment_id');
  if (filter.organisationId !== undefined) {
    query = query.where('owed_by_organisation', '=', filter.organisationId);
  }
  const asOf = filter.asOf;
  const documents = (await query.execute())
    .map((row) => row.document as AssignmentDocument)
    .map((document) => ({ ...document, status: statusOf(document.state, asOf) }))
    .filter((document) => document.status !== null)
    .filter((document) => filter.status === undefined || document.status === filter.status);
  const assignments = documents.map((document) => ({
    ...document,
    state: document.state as Extract<AssignmentDocument['state'], { issuedOn: string }>,
  }));
  const [sources, person, organisation] = await Promise.all([
    decisionsOf(
      database,
      tenant,
      assignments.map(({ state }) => state),
    ),
    personNamer(
      database,
      tenant,
      assignments.flatMap(({ state }) => state.owedBy.personId ?? []),
    ),
    organisationNamer(
      database,
      tenant,
      assignments.map(({ state }) => state.owedBy.organisationId),
      asOf,
    ),
  ]);
  return assignments.map(({ state, extensions, status }) => {
    const report = state.report && state.report.deliveredOn <= asOf ? state.report : null;
    const withdrawal =
      state.withdrawal && state.withdrawal.withdrawnOn <= asOf ? state.withdrawal : null;
    return {
      id: state.assignmentId,
      status: status!,
      source: sources.get(`${state.meetingId}/${state.itemId}`) ?? {
        meeting: { id: state.meetingId, date: null },
        itemId: state.itemId,
        number: null,
        caseNumber: null,
        title: null,
      },
      owedBy: {
        organisation: organisation(state.owedBy.organisationId)!,
        person: state.owedBy.personId === null ? null : person(state.owedBy.personId),
      },
      what: state.what,
      issuedOn: state.issuedOn,
      dueOn: dueOnAsOf(state, asOf),
      dueNote: state.dueNote,
      originallyDueOn: state.dues[0]!.dueOn,
      extensions: extensions
        .filter((extension) => extension.extendedOn <= asOf)
        .map(({ assignmentId: _id, ...extension }) => extension),
      reportBack: report && {
        ...report,
        inTime: reportedInTime(state),
      },
      withdrawal,
    };
  });
}

export type AssignmentEntry = Awaited<ReturnType<typeof listAssignments>>[number];

/** Where an assignment comes from: the decided item, as the register shows it. */
export interface AssignmentSource {
  meeting: { id: string; date: IsoDate | null };
  itemId: string;
  number: string | null;
  caseNumber: string | null;
  title: string | null;
}

/** The decided items the assignments come from, keyed `meetingId/itemId`. */
async function decisionsOf(
  database: Kysely<Database>,
  tenant: string,
  sources: readonly { meetingId: string; itemId: string }[],
): Promise<Map<string, AssignmentSource>> {
  if (sources.length === 0) return new Map();
  const db = await readModel<MeetingsDb>(database, MEETINGS);
  const rows = await db
    .selectFrom('decisions')
    .select(['meeting_id', 'item_id', 'number', 'year', 'case_number', 'title'])
    .select(sql<string>`meeting_date::text`.as('date'))
    .where('tenant', '=', tenant)
    .where('meeting_id', 'in', [...new Set(sources.map((source) => source.meetingId))])
    .execute();
  return new Map(
    rows.map((row) => [
      `${row.meeting_id}/${row.item_id}`,
      {
        meeting: { id: row.meeting_id, date: row.date },
        itemId: row.item_id,
        number: row.number === null ? null : formatItemNumber(row.number, row.year!),
        caseNumber: row.case_number,
        title: row.title,
      },
    ]),
  );
}
