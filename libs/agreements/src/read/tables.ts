import type { ColumnType } from 'kysely';
import type { AgreementState, IndicatorState, IndicatorValue, Provenance } from '../domain';

/**
 * The agreements context's read models as Kysely sees them. Each stream's folded state is kept
 * whole as a JSONB document beside the columns lists filter on; dates are selected as text.
 */
type Json<T> = ColumnType<T, string, string>;

export interface AgreementsTable {
  tenant: string;
  agreement_id: string;
  title: string;
  valid_from: string;
  /** The latest end of validity any version gives. */
  valid_to: string;
  /** Every party's organisation, and every organisation owing one of its assignments. */
  organisations: string[];
  revision: number;
  document: Json<AgreementState>;
}

export interface IndicatorsTable {
  tenant: string;
  indicator_id: string;
  agreement_id: string;
  kpi_id: string | null;
  revision: number;
  document: Json<IndicatorState>;
}

/** Every value as recorded: a later recording of the same period and gender supersedes it. */
export interface IndicatorValuesTable extends Omit<IndicatorValue, 'municipality'> {
  tenant: string;
  indicator_id: string;
  revision: number;
  municipality: string;
  period_start: string;
  provenance: Json<Provenance>;
  recorded_at: string;
}

export interface AgreementsDb {
  agreements: AgreementsTable;
}

export interface IndicatorsDb {
  indicators: IndicatorsTable;
  indicator_values: IndicatorValuesTable;
}
