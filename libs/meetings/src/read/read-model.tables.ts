import { date, integer, jsonb, readTable, text, textArray, type TableOf } from '@app/projections';
import type { AssignmentExtended, AssignmentState, MeetingState, Votes } from '../domain';

/**
 * The meetings context's read tables, each declared once: the projections create them from
 * these declarations and Kysely's table types are inferred from them. Each stream's folded state
 * is kept whole as a JSONB document (the minutes are read as one document), beside the columns
 * the lists filter on.
 */
export const meetingsTable = readTable(
  'meetings',
  {
    meeting_id: text(),
    body_id: text(),
    body_kind: text(),
    status: text<'scheduled' | 'held' | 'cancelled'>(),
    /** The held date, else the scheduled one. */
    meeting_date: date(),
    /** The last revision of the stream folded in: an event at or below it is already applied. */
    revision: integer(),
    document: jsonb<MeetingState>(),
  },
  { primaryKey: ['tenant', 'meeting_id'] },
);

/** One row per decided item: the decision register. */
export const decisionsTable = readTable(
  'decisions',
  {
    meeting_id: text(),
    item_id: text(),
    body_id: text(),
    body_kind: text(),
    meeting_date: date(),
    position: integer(),
    number: integer().nullable(),
    year: integer().nullable(),
    case_number: text().nullable(),
    title: text(),
    text: text(),
    form: text(),
    /** minutes (approval, notice, appeal) or notes (counter-signing; no appeal). */
    records: text<'minutes' | 'notes'>(),
    /** Null: decided without a vote, i.e. unanimously. */
    votes: jsonb<Votes>().nullable(),
    approved_on: date().nullable(),
    posted_on: date().nullable(),
    counter_signed_on: date().nullable(),
  },
  { primaryKey: ['tenant', 'meeting_id', 'item_id'] },
);

/** Why an organisation is party to a decision; see decision-rows.ts. */
export type PartyRole = 'body' | 'attendance' | 'proposal' | 'recipient';

export const decisionPartiesTable = readTable(
  'decision_parties',
  {
    meeting_id: text(),
    item_id: text(),
    organisation_id: text(),
    role: text<PartyRole>(),
  },
  { primaryKey: ['tenant', 'meeting_id', 'item_id', 'organisation_id', 'role'] },
);

/** An assignment's folded state, and each extension with its reason (the state keeps only dates). */
export interface AssignmentDocument {
  state: AssignmentState;
  extensions: AssignmentExtended['data'][];
}

export const assignmentsTable = readTable(
  'assignments',
  {
    assignment_id: text(),
    source_kind: text<'decision' | 'plan' | 'agreement'>(),
    meeting_id: text().nullable(),
    item_id: text().nullable(),
    agreement_id: text().nullable(),
    body_id: text(),
    /** Every organisation that owes it: owedBy, then those owing it jointly. */
    debtors: textArray(),
    issued_on: date(),
    revision: integer(),
    document: jsonb<AssignmentDocument>(),
  },
  { primaryKey: ['tenant', 'assignment_id'] },
);

export type DecisionsTable = TableOf<typeof decisionsTable>;
export type DecisionPartiesTable = TableOf<typeof decisionPartiesTable>;

export interface MeetingsDb {
  meetings: TableOf<typeof meetingsTable>;
  decisions: DecisionsTable;
  decision_parties: DecisionPartiesTable;
}

export interface AssignmentsDb {
  assignments: TableOf<typeof assignmentsTable>;
}
