/**
 * How a body keeps its records: boards and working committees keep minutes (protokoll: § numbers
 * per body and year, justering, anslag, an appeal period); preparatory committees, officials'
 * groups, networks and forums keep notes (minnesanteckningar: signed by the chair and
 * counter-signed by another member, no notice, no appeal). Shared by the structure, where a body
 * says what it keeps, and the meetings, which follow it.
 */
export const RECORDS = ['minutes', 'notes'] as const;
export type Records = (typeof RECORDS)[number];

/**
 * A body's regime from a date on (a date as coarse as its source). A body's regimes, in date
 * order, say what it kept when: a meeting follows the regime in force on its own date.
 */
export interface RecordsRegime {
  from: string;
  records: Records;
}
