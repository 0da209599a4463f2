/** Roll call and election of adjusters stand unnumbered before § 1 of many minutes. */
export const ITEM_KINDS = [
  'roll-call',
  'election-of-adjusters',
  'agenda-adoption',
  'decision',
  'information',
  'discussion',
  'other-business',
  'next-meeting',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/**
 * A working committee often does not decide a case itself but proposes a decision to its board
 * ("arbetsutskottets förslag till nämnden", § 42/23); it is minuted like a decision.
 */
export const DECISION_FORMS = ['decision', 'proposal-to-board'] as const;
export type DecisionForm = (typeof DECISION_FORMS)[number];

/** The administration's "förslag till beslut". */
export interface Proposal {
  text: string;
  organisationId: string | null;
}

/**
 * What a motion asks: yrkande (motion), tilläggsyrkande (additional), ändringsyrkande
 * (amendment), avslagsyrkande (rejection), återremissyrkande (referral-back).
 */
export const MOTION_KINDS = [
  'motion',
  'additional',
  'amendment',
  'rejection',
  'referral-back',
] as const;
export type MotionKind = (typeof MOTION_KINDS)[number];

/**
 * A "yrkande". Old minutes often name only the party ("S yrkar ...") or no one: the mover is
 * then null, and the party (or nothing) is all the record says.
 */
export interface Motion {
  personId: string | null;
  party: string | null;
  text: string;
  kind: MotionKind;
}

export interface Votes {
  yes: number;
  no: number;
  abstained: number;
}

export interface Reservation {
  personId: string;
  party: string | null;
  text: string | null;
}

export interface Decision {
  text: string;
  form: DecisionForm;
  /** Null: decided without a vote being called, i.e. unanimously. */
  votes: Votes | null;
  reservations: Reservation[];
  /** The motions (0-based, in the item's order) the decision adopted ("bifaller yrkandet"). */
  adoptedMotions: number[];
}

export interface BasisDocument {
  title: string;
  reference: string | null;
}

/** "Skickas till": often not an organisation at all ("Akten", the case file). */
export interface Recipient {
  name: string;
  organisationId: string | null;
}

export interface Item {
  itemId: string;
  /** § number within the body's year; null for unnumbered points such as the roll call. */
  number: number | null;
  year: number | null;
  /** Order in the minutes, 1-based; unnumbered points need it to find their place. */
  position: number;
  /** The diarienummer, kept as written: every municipality has its own format. */
  caseNumber: string | null;
  title: string;
  kind: ItemKind;
  presentedBy: string[];
  /** The case description ("Ärendet"). */
  background: string | null;
  proposal: Proposal | null;
  motions: Motion[];
  decision: Decision | null;
  basisDocuments: BasisDocument[];
  recipients: Recipient[];
  notes: string | null;
}

export type ItemField = Exclude<keyof Item, 'itemId'>;

/** The texts a correction after approval can replace. */
export const CORRECTABLE_FIELDS = [
  'title',
  'caseNumber',
  'background',
  'proposal',
  'motion',
  'decision',
  'notes',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
