import { sql, type Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { earliestDay } from '@app/kernel';
import { scanPage } from '@app/event-store';
import {
  keysetPage,
  keysetSlice,
  readModel,
  WHOLE_LIST,
  type KeysetRequest,
  type SortKey,
} from '@app/projections';
import {
  completingReport,
  dueOnAsOf,
  reportedBy,
  itemLabel,
  reportedInTime,
  statusCertaintyOf,
  statusOf,
  type Assignment,
  type AssignmentState,
  type AssignmentStatus,
  type Debtor,
  type IsoDate,
} from '../../domain';
import { ASSIGNMENTS } from '../assignments.projection';
import { MEETINGS } from '../meetings.projection';
import type { AssignmentDocument, AssignmentsDb, MeetingsDb } from '../read-model.tables';
import { organisationNamer, personNamer } from './names';

export interface AssignmentFilter {
  /** An organisation that owes the assignment (alone or jointly). */
  organisationId?: string;
  status?: AssignmentStatus;
  /** Only the assignments of this agreement. */
  agreementId?: string;
  /** The day the status is computed for: overdue is open past the due date in force then. */
  asOf: IsoDate;
  /** Only this assignment (GET /assignments/{id}). */
  assignmentId?: string;
  /**
   * As recorded by then (record time): each assignment's document as it had been known, e.g.
   * replayed from its stream (assignmentAsKnownAt); undefined leaves it out (not yet issued).
   */
  asKnown?: (assignmentId: string) => Promise<AssignmentDocument | undefined>;
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
  return (await assignmentsPage(database, tenant, filter, WHOLE_LIST)).assignments;
}

/** The register's order: by the (earliest) day of issue, then id; a cursor is that key. */
export const assignmentsOrder = ['issued_on', 'assignment_id'] as const;

/**
 * A page of the assignments, read in SQL in their order. The status (and, with `asKnown`, the
 * document itself) is only known once a row is read, so rows whose status is not asked for
 * are skipped as windows are read (scanPage); only the page's assignments are then described.
 */
export async function assignmentsPage(
  database: Kysely<Database>,
  tenant: string,
  filter: AssignmentFilter,
  page: KeysetRequest,
) {
  const asOf = filter.asOf;
  const asKnown = filter.asKnown;
  const read = await scanPage(
    (after: SortKey | undefined, limit) =>
      assignmentRows(database, tenant, filter, { limit, after, whole: page.whole }),
    async (rows) => {
      const documents = asKnown
        ? await Promise.all(
            rows.map(async (row) => ({
              key: row.key,
              document: await asKnown((row.document.state as Assignment).assignmentId),
            })),
          )
        : rows;
      return documents
        .filter((row): row is Keyed<AssignmentDocument> => row.document !== undefined)
        .map((row) => ({ ...row, status: statusOf(row.document.state, asOf) }))
        .filter((row) => row.status !== null)
        .filter((row) => filter.status === undefined || row.status === filter.status);
    },
    (row) => row.key,
    page,
  );
  const { rows: shown, after } = keysetSlice(read, (row) => row.key, page);
  const assignments = shown.map(({ document, status }) => ({
    ...document,
    status,
    state: document.state as Extract<AssignmentState, Assignment>,
  }));
  const states = assignments.map(({ state }) => state);
  const debtors = states.flatMap((state) => [state.owedBy, ...state.jointlyWith]);
  const [sources, person, organisation] = await Promise.all([
    decisionsOf(
      database,
      tenant,
      states.flatMap(({ source }) => (source.kind === 'decision' ? [source] : [])),
    ),
    personNamer(
      database,
      tenant,
      debtors.flatMap((debtor) => debtor.personId ?? []),
    ),
    organisationNamer(
      database,
      tenant,
      [...debtors.map((debtor) => debtor.organisationId), ...states.map((s) => s.source.bodyId)],
      asOf,
    ),
  ]);
  const debtorOf = (debtor: Debtor) => ({
    organisation: organisation(debtor.organisationId)!,
    person: debtor.personId === null ? null : person(debtor.personId),
  });
  const entries = assignments.map(({ state, extensions, status }) => {
    const report = completingReport(state, asOf);
    const withdrawal =
      state.withdrawal && earliestDay(state.withdrawal.withdrawnOn) <= asOf
        ? state.withdrawal
        : null;
    return {
      id: state.assignmentId,
      status: status!,
      certainty: statusCertaintyOf(state, asOf),
      source: sourceEntry(state.source, sources, organisation),
      owedBy: debtorOf(state.owedBy),
      jointlyWith: state.jointlyWith.map(debtorOf),
      what: state.what,
      issuedOn: state.issuedOn,
      dueOn: dueOnAsOf(state, asOf),
      dueNote: state.dueNote,
      originallyDueOn: state.dues[0]!.dueOn,
      extensions: extensions
        .filter((extension) => earliestDay(extension.extendedOn) <= asOf)
        .map(({ assignmentId: _id, ...extension }) => extension),
      /** The report that completed it (every debtor reported), with whether it came in time. */
      reportBack: report && { ...report, inTime: reportedInTime(state) },
      /** Every report delivered by asOf: one per debtor of a joint assignment, or one for all. */
      reports: state.reports.filter((r) => earliestDay(r.deliveredOn) <= asOf),
      reportedBy: reportedBy(state, asOf),
      withdrawal,
    };
  });
  return { assignments: entries, after };
}

type Keyed<D> = { key: SortKey; document: D };

/** The rows of the register after the page's key, in its order (limit + 1 of them). */
async function assignmentRows(
  database: Kysely<Database>,
  tenant: string,
  filter: AssignmentFilter,
  page: KeysetRequest,
): Promise<Keyed<AssignmentDocument>[]> {
  const db = await readModel<AssignmentsDb>(database, ASSIGNMENTS);
  let query = db
    .selectFrom('assignments')
    .select(['document', 'assignment_id', sql<string>`issued_on::text`.as('issuedOn')])
    .where('tenant', '=', tenant)
    .where('issued_on', '<=', sql<string>`${filter.asOf}::date`);
  if (filter.organisationId !== undefined) {
    query = query.where(sql<boolean>`${filter.organisationId} = any(debtors)`);
  }
  if (filter.agreementId !== undefined) {
    query = query.where('agreement_id', '=', filter.agreementId);
  }
  if (filter.assignmentId !== undefined) {
    query = query.where('assignment_id', '=', filter.assignmentId);
  }
  const rows = await keysetPage(query, assignmentsOrder, page).execute();
  return rows.map((row) => ({
    key: [row.issuedOn, row.assignment_id],
    document: row.document as AssignmentDocument,
  }));
}

/** The source as the register shows it: a decided item, a plan, or an agreement. */
function sourceEntry(
  source: Assignment['source'],
  decisions: Map<string, DecisionSource>,
  organisation: (id: string) => { id: string; name: string | null } | null,
) {
  switch (source.kind) {
    case 'decision':
      return {
        kind: source.kind,
        ...(decisions.get(`${source.meetingId}/${source.itemId}`) ?? {
          meeting: { id: source.meetingId, date: null },
          itemId: source.itemId,
          number: null,
          caseNumber: null,
          title: null,
        }),
      };
    case 'plan': {
      const { bodyId, ...plan } = source;
      return { ...plan, body: organisation(bodyId)! };
    }
    case 'agreement':
      return {
        kind: source.kind,
        agreementId: source.agreementId,
        body: organisation(source.bodyId)!,
      };
    default: {
      const _never: never = source;
      return _never;
    }
  }
}

export type AssignmentEntry = Awaited<ReturnType<typeof assignmentsPage>>['assignments'][number];

/** Where an assignment comes from: the decided item, as the register shows it. */
export interface DecisionSource {
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
): Promise<Map<string, DecisionSource>> {
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
        number: itemLabel(row.number, row.year),
        caseNumber: row.case_number,
        title: row.title,
      },
    ]),
  );
}
