import {
  date,
  double,
  integer,
  jsonb,
  readTable,
  text,
  textArray,
  timestamptz,
  type TableOf,
} from '@app/projections';
import type {
  AgreementState,
  EvaluationState,
  IndicatorState,
  IndicatorValue,
  Provenance,
} from '../domain';

/**
 * The agreements context's read tables, each declared once: the projections create them from
 * these declarations and Kysely's table types are inferred from them. Each stream's folded state
 * is kept whole as a JSONB document beside the columns lists filter on.
 */
export const agreementsTable = readTable(
  'agreements',
  {
    agreement_id: text(),
    title: text(),
    /** The first possible day of the validity as given ("2019": 2019-01-01). */
    valid_from: date(),
    /** The latest end of validity any version gives, at its last possible day. */
    valid_to: date(),
    /** Every party's organisation, and every organisation owing one of its assignments. */
    organisations: textArray(),
    revision: integer(),
    document: jsonb<AgreementState>(),
  },
  { primaryKey: ['tenant', 'agreement_id'] },
);

/**
 * Every follow-up any version of an agreement schedules, one row per follow-up (its key), so
 * that the calendar pages in SQL by due date. Which of them the version in force on a day
 * schedules, and their status then, the query computes from the agreement's document with the
 * domain's functions; the columns only narrow the rows it reads (a superset of each page).
 */
export const agreementFollowUpsTable = readTable(
  'agreement_follow_ups',
  {
    agreement_id: text(),
    follow_up_key: text(),
    /** The last possible day of the date it is due (a month or year is due at its end). */
    due_on: date(),
    /** The earliest and latest day its written material is due in any version; null: none. */
    material_first: date().nullable(),
    material_last: date().nullable(),
    /** Every organisation owing it in any version. */
    owed_by: textArray(),
  },
  { primaryKey: ['tenant', 'agreement_id', 'follow_up_key'] },
);

export const indicatorsTable = readTable(
  'indicators',
  {
    indicator_id: text(),
    agreement_id: text(),
    kpi_id: text().nullable(),
    revision: integer(),
    document: jsonb<IndicatorState>(),
  },
  { primaryKey: ['tenant', 'indicator_id'] },
);

/** Every value as recorded: a later recording of the same period and gender supersedes it. */
export const indicatorValuesTable = readTable(
  'indicator_values',
  {
    indicator_id: text(),
    revision: integer(),
    period: text(),
    period_start: date(),
    municipality: text(),
    gender: text<IndicatorValue['gender']>(),
    value: double().nullable(),
    status: text().nullable(),
    count: double().nullable(),
    provenance: jsonb<Provenance>(),
    recorded_at: timestamptz<string>(),
  },
  { primaryKey: ['tenant', 'indicator_id', 'period', 'municipality', 'gender', 'revision'] },
);

export const evaluationsTable = readTable(
  'evaluations',
  {
    evaluation_id: text(),
    revision: integer(),
    document: jsonb<EvaluationState>(),
  },
  { primaryKey: ['tenant', 'evaluation_id'] },
);

export interface AgreementsDb {
  agreements: TableOf<typeof agreementsTable>;
  agreement_follow_ups: TableOf<typeof agreementFollowUpsTable>;
}

export interface IndicatorsDb {
  indicators: TableOf<typeof indicatorsTable>;
  indicator_values: TableOf<typeof indicatorValuesTable>;
}

export interface EvaluationsDb {
  evaluations: TableOf<typeof evaluationsTable>;
}
