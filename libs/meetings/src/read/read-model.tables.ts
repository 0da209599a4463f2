import type { ColumnType } from 'kysely';
import type { AssignmentExtended, AssignmentState, MeetingState, Votes } from '../domain';

/**
 * The meetings context's read models as Kysely sees them. Each stream's folded state is kept
 * whole as a JSONB document (the minutes are read as one document), beside the columns the
 * lists filter on. Dates are selected cast to text (the drivers would make local-time Dates of
 * them); JSON is written as text and read back parsed.
 */
type Json<T> = ColumnType<T, string, string>;

export interface MeetingsTable {
  tenant: string;
  meeting_id: string;
  body_id: string;
  body_kind: string;
  status: 'scheduled' | 'held' | 'cancelled';
  /** The held date, else the scheduled one. */
  meeting_date: string;
  /** The last revision of the stream folded in: an event at or below it is already applied. */
  revision: number;
  document: Json<MeetingState>;
}

/** One row per decided item: the decision register. */
export interface DecisionsTable {
  tenant: string;
  meeting_id: string;
  item_id: string;
  body_id: string;
  body_kind: string;
  meeting_date: string;
  position: number;
  number: number | null;
  year: number | null;
  case_number: string | null;
  title: string;
  text: string;
  form: string;
  /** minutes (approval, notice, appeal) or notes (counter-signing; no appeal). */
  records: 'minutes' | 'notes';
  /** Null: decided without a vote, i.e. unanimously. */
  votes: Json<Votes | null>;
  approved_on: string | null;
  posted_on: string | null;
  counter_signed_on: string | null;
}

/** Why an organisation is party to a decision; see decision-rows.ts. */
export type PartyRole = 'body' | 'attendance' | 'proposal' | 'recipient';

export interface DecisionPartiesTable {
  tenant: string;
  meeting_id: string;
  item_id: string;
  organisation_id: string;
  role: PartyRole;
}

/** An assignment's folded state, and each extension with its reason (the state keeps only dates). */
export interface AssignmentDocument {
  state: AssignmentState;
  extensions: AssignmentExtended['data'][];
}

export interface AssignmentsTable {
  tenant: string;
  assignment_id: string;
  source_kind: 'decision' | 'plan' | 'agreement';
  meeting_id: string | null;
  item_id: string | null;
  agreement_id: string | null;
  body_id: string;
  /** Every organisation that owes it: owedBy, then those owing it jointly. */
  debtors: string[];
  issued_on: string;
  revision: number;
  document: Json<AssignmentDocument>;
}

export interface MeetingsDb {
  meetings: MeetingsTable;
  decisions: DecisionsTable;
  decision_parties: DecisionPartiesTable;
}

export interface AssignmentsDb {
  assignments: AssignmentsTable;
}
