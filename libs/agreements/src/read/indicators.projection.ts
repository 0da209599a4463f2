import { sql, type Kysely, type Transaction } from 'kysely';
import type { RecordedEvent } from '@app/event-store';
import { byStream, type Projection } from '@app/projections';
import {
  INDICATOR_EVENT_VERSIONS,
  indicatorDecider,
  periodStart,
  type IndicatorEvent,
  type IndicatorState,
} from '../domain';
import { indicatorsTable, indicatorValuesTable, type IndicatorsDb } from './tables';

export const INDICATORS = 'agreements-indicators';

/**
 * Indicators, and every value as recorded with its provenance (one row per period, place,
 * gender and recording): the latest recording of a value is the one read, the earlier ones stay.
 */
export const indicatorsProjection: Projection<IndicatorsDb> = {
  name: INDICATORS,
  version: 1,
  handles: Object.keys(INDICATOR_EVENT_VERSIONS),
  async setup(db: Kysely<IndicatorsDb>) {
    await sql.raw(indicatorsTable.ddl()).execute(db);
    await sql`create index indicators_by_agreement on indicators (tenant, agreement_id)`.execute(
      db,
    );
    await sql.raw(indicatorValuesTable.ddl()).execute(db);
  },
  async apply(tx: Transaction<IndicatorsDb>, events: readonly RecordedEvent[]) {
    for (const { tenant, events: stream } of byStream(events)) {
      for (const event of stream) await applyEvent(tx, tenant, event);
    }
  },
};

async function applyEvent(tx: Transaction<IndicatorsDb>, tenant: string, recorded: RecordedEvent) {
  const event = { type: recorded.type, data: recorded.data } as IndicatorEvent;
  const revision = Number(recorded.revision);
  if (event.type === 'IndicatorDefined') {
    const state: IndicatorState = indicatorDecider.evolve(indicatorDecider.initialState, event);
    const row = {
      agreement_id: event.data.attachedTo.agreementId,
      kpi_id: event.data.source.kpiId,
      revision,
      document: JSON.stringify(state),
    };
    await tx
      .insertInto('indicators')
      .values({ tenant, indicator_id: event.data.indicatorId, ...row })
      .onConflict((c) => c.columns(['tenant', 'indicator_id']).doUpdateSet(row))
      .execute();
    return;
  }
  const indicator = await tx
    .selectFrom('indicators')
    .select('document')
    .where('tenant', '=', tenant)
    .where('indicator_id', '=', event.data.indicatorId)
    .executeTakeFirstOrThrow();
  const { periodicity } = indicator.document as Extract<IndicatorState, { periodicity: string }>;
  const rows = event.data.values.map((value) => ({
    tenant,
    indicator_id: event.data.indicatorId,
    revision,
    ...value,
    // '' rather than null: the key needs a value, and '' is no municipality's code.
    municipality: value.municipality ?? '',
    period_start: periodStart(periodicity, value.period)!,
    provenance: JSON.stringify(event.data.provenance),
    recorded_at: recorded.metadata.recordedAt,
  }));
  await tx
    .insertInto('indicator_values')
    .values(rows)
    .onConflict((c) => c.doNothing())
    .execute();
}
