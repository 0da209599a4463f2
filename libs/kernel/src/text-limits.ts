/**
 * How long a text may be, by kind: DTOs state their limits with these, and the API refuses any
 * string longer than the longest of them whatever its field, before validation.
 */
export const TEXT_LIMITS = {
  /** Short names, codes, case numbers. */
  code: 50,
  /** Names of people, organisations, groups; titles; onBehalfOf. */
  name: 200,
  /** A note: a place, a due occasion. */
  note: 500,
  /** A reason, a why, a summary. */
  text: 1000,
  /** A purpose, a mandate, a proposal. */
  description: 2000,
  /** A long statement: an answer, a report. */
  document: 4000,
  /** A minutes item's texts: proposal, background, decision, motion. */
  minutes: 20000,
} as const;

export const MAX_TEXT_LENGTH = Math.max(...Object.values(TEXT_LIMITS));
