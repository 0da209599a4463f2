import { sql, type Kysely } from 'kysely';
import { earliestDay } from '@app/kernel';
import { scanPage, type EventStore } from '@app/event-store';
import type { Database } from '@app/platform';
import {
  keysetPage,
  readModel,
  WHOLE_LIST,
  type KeysetRequest,
  type SortKey,
} from '@app/projections';
import {
  agreementCertainty,
  agreementDecider,
  agreementStream,
  economyOf,
  followUpCertainty,
  followUpStatus,
  progressOf,
  recordedBy,
  scheduledFollowUps,
  statusAsOf,
  versionAsOf,
  type Agreement,
  type AgreementEvent,
  type AgreementState,
  type AgreementStatus,
  type IndicatorState,
  type IsoDate,
} from '../domain';
import { AGREEMENTS } from './agreements.projection';
import { INDICATORS } from './indicators.projection';
import type { AgreementsDb, IndicatorsDb } from './tables';

type Defined = Extract<IndicatorState, { status: 'defined' }>;

/** The agreements' order, by the day each is valid from, then id: a cursor is that key. */
export const agreementsOrder = ['valid_from', 'agreement_id'] as const;

/**
 * A page of the agreements (optionally of an organisation, as a party or a debtor) with their
 * status on asOf, read in SQL in their order; the status is the agreement's on asOf, so the
 * rows whose status is not the one asked for are skipped as they are read (scanPage). Up to
 * limit + 1 entries, each with its sort key.
 */
export async function listAgreements(
  database: Kysely<Database>,
  tenant: string,
  filter: { organisationId?: string; status?: AgreementStatus; asOf: IsoDate },
  page: KeysetRequest = WHOLE_LIST,
) {
  return scanPage(
    (after: SortKey | undefined, limit) =>
      agreementRows(database, tenant, filter.organisationId, { limit, after, whole: page.whole }),
    (rows) =>
      rows
        .map((row) => ({ key: row.key, entry: summaryOf(row.agreement, filter.asOf) }))
        .filter(({ entry }) => filter.status === undefined || entry.status === filter.status),
    (row) => row.key,
    page,
  );
}

async function agreementRows(
  database: Kysely<Database>,
  tenant: string,
  organisationId: string | undefined,
  page: KeysetRequest,
) {
  const db = await readModel<AgreementsDb>(database, AGREEMENTS);
  let query = db
    .selectFrom('agreements')
    .select(['document', 'agreement_id', sql<string>`valid_from::text`.as('validFrom')])
    .where('tenant', '=', tenant);
  if (organisationId !== undefined) {
    query = query.where(sql<boolean>`${organisationId} = any(organisations)`);
  }
  const rows = await keysetPage(query, agreementsOrder, page).execute();
  return rows.map((row) => ({
    key: [row.validFrom, row.agreement_id] as SortKey,
    agreement: row.document as Agreement,
  }));
}

function summaryOf(agreement: Agreement, asOf: IsoDate) {
  const version = versionAsOf(agreement, asOf);
  return {
    id: agreement.agreementId,
    title: version.content.title,
    status: statusAsOf(agreement, asOf),
    certainty: agreementCertainty(agreement, asOf),
    validFrom: version.content.validFrom,
    validTo: version.content.validTo,
    version: version.version,
    parties: agreement.parties,
  };
}

/**
 * One agreement as it stood: from the read model, or with `knownAt` replayed from its own
 * stream up to then (what had been recorded by that moment). Undefined: no such agreement.
 */
export async function loadAgreement(
  database: Kysely<Database>,
  store: EventStore,
  tenant: string,
  agreementId: string,
  knownAt?: string,
): Promise<Agreement | undefined> {
  if (knownAt !== undefined) {
    const until = Date.parse(knownAt);
    const events = await store.readStream(tenant, agreementStream(agreementId));
    const state = events
      .filter((event) => Date.parse(event.metadata.recordedAt) <= until)
      .reduce<AgreementState>(
        (current, event) =>
          agreementDecider.evolve(current, {
            type: event.type,
            data: event.data,
          } as AgreementEvent),
        agreementDecider.initialState,
      );
    return state.status === 'none' ? undefined : state;
  }
  const db = await readModel<AgreementsDb>(database, AGREEMENTS);
  const row = await db
    .selectFrom('agreements')
    .select('document')
    .where('tenant', '=', tenant)
    .where('agreement_id', '=', agreementId)
    .executeTakeFirst();
  return row?.document as Agreement | undefined;
}

/**
 * Everything in an agreement on `asOf`: its status, the version in force (sections, scope,
 * assignments with their follow-ups and statuses, economy with totals, goals with progress and
 * the indicators measuring them), every version, and the adoption.
 */
export async function agreementView(
  database: Kysely<Database>,
  tenant: string,
  agreement: Agreement,
  asOf: IsoDate,
) {
  const version = versionAsOf(agreement, asOf);
  const { content } = version;
  const followUps = followUpsOf(agreement, asOf);
  const indicators = await indicatorsOf(database, tenant, agreement.agreementId);
  const measuring = (goalId: string, index: number) =>
    indicators.filter(
      (i) => i.attachedTo.goalId === goalId && i.attachedTo.desiredResult === index,
    );
  return {
    ...summaryOf(agreement, asOf),
    asOf,
    adoption:
      agreement.adoption && earliestDay(agreement.adoption.adoptedOn) <= asOf
        ? agreement.adoption
        : null,
    termination:
      agreement.termination && earliestDay(agreement.termination.terminatedOn) <= asOf
        ? agreement.termination
        : null,
    inForce: {
      version: version.version,
      effectiveFrom: version.effectiveFrom,
      reason: version.reason,
      decision: version.decision,
    },
    versions: agreement.versions.map(({ content: _c, ...v }) => v),
    scope: content.scope,
    sections: content.sections,
    assignments: content.assignments.map((assignment) => ({
      ...assignment,
      followUps: followUps.filter((f) => f.assignmentId === assignment.assignmentId),
      indicators: indicators.filter((i) => i.attachedTo.assignmentId === assignment.assignmentId),
    })),
    economy: {
      ...economyOf(content.economy),
      followUps: followUps.filter((f) => f.assignmentId === null),
    },
    goals: content.goals.map((goal) => ({
      ...goal,
      indicators: indicators.filter((i) => i.attachedTo.goalId === goal.goalId),
      desiredResults: goal.desiredResults.map((result, index) => ({
        ...result,
        measures: measuring(goal.goalId, index).map((indicator) => ({
          indicatorId: indicator.indicatorId,
          ...progressOf(result, indicator.totals),
        })),
      })),
    })),
  };
}

/** The follow-ups the version in force on `asOf` schedules, each with its status then. */
export function followUpsOf(agreement: Agreement, asOf: IsoDate) {
  const { content } = versionAsOf(agreement, asOf);
  return scheduledFollowUps(agreement, content).map((followUp) => ({
    ...followUp,
    status: followUpStatus(agreement, followUp, asOf),
    certainty: followUpCertainty(agreement, followUp, asOf),
    recorded: recordedBy(agreement, followUp, asOf),
  }));
}

/** The agreement's indicators, each with its latest totals per period for progress. */
export async function indicatorsOf(
  database: Kysely<Database>,
  tenant: string,
  agreementId: string,
) {
  const db = await readModel<IndicatorsDb>(database, INDICATORS);
  const rows = await db
    .selectFrom('indicators')
    .select(['indicator_id', 'document'])
    .where('tenant', '=', tenant)
    .where('agreement_id', '=', agreementId)
    .orderBy('indicator_id')
    .execute();
  const totals = await latestValues(
    database,
    tenant,
    rows.map((r) => r.indicator_id),
    'T',
  );
  return rows.map((row) => {
    const { status: _s, ...indicator } = row.document as Defined;
    return {
      ...indicator,
      totals: totals
        .filter((v) => v.indicator_id === row.indicator_id && v.value !== null)
        .map((v) => ({ period: v.period, value: v.value! })),
    };
  });
}

/** An indicator and its values per period with the gender split, as last recorded (or by knownAt). */
export async function indicatorWithValues(
  database: Kysely<Database>,
  tenant: string,
  indicatorId: string,
  knownAt?: string,
) {
  const db = await readModel<IndicatorsDb>(database, INDICATORS);
  const row = await db
    .selectFrom('indicators')
    .select('document')
    .where('tenant', '=', tenant)
    .where('indicator_id', '=', indicatorId)
    .executeTakeFirst();
  if (!row) return undefined;
  const { status: _s, ...indicator } = row.document as Defined;
  const values = await latestValues(database, tenant, [indicatorId], undefined, knownAt);
  const periods = new Map<
    string,
    { period: string; municipality: string | null; values: object }
  >();
  for (const value of values) {
    const key = `${value.period}/${value.municipality}`;
    const entry = periods.get(key) ?? {
      period: value.period,
      municipality: value.municipality === '' ? null : value.municipality,
      values: {},
    };
    Object.assign(entry.values, {
      [value.gender]: {
        value: value.value,
        status: value.status,
        count: value.count,
        provenance: { ...value.provenance, recordedAt: value.recorded_at },
      },
    });
    periods.set(key, entry);
  }
  return { ...indicator, periods: [...periods.values()] };
}

/** The latest recording of each period, place and gender (DISTINCT ON the key, newest first). */
async function latestValues(
  database: Kysely<Database>,
  tenant: string,
  indicatorIds: string[],
  gender?: string,
  knownAt?: string,
) {
  if (indicatorIds.length === 0) return [];
  const db = await readModel<IndicatorsDb>(database, INDICATORS);
  let query = db
    .selectFrom('indicator_values')
    .distinctOn(['indicator_id', 'period', 'municipality', 'gender'])
    .select(['indicator_id', 'period', 'municipality', 'gender', 'value', 'status', 'count'])
    .select(['provenance'])
    .select(
      sql<string>`to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`.as(
        'recorded_at',
      ),
    )
    .where('tenant', '=', tenant)
    .where('indicator_id', 'in', indicatorIds)
    .orderBy('indicator_id')
    .orderBy('period')
    .orderBy('municipality')
    .orderBy('gender')
    .orderBy('revision', 'desc');
  if (gender !== undefined) query = query.where('gender', '=', gender as 'T');
  if (knownAt !== undefined) {
    query = query.where('recorded_at', '<=', sql<string>`${knownAt}::timestamptz`);
  }
  return query.execute();
}

/** The indicators' order: by id, which is a cursor's key. */
export const indicatorsOrder = ['indicator_id'] as const;

/**
 * A page of the municipality's indicators, or those fed by a Kolada KPI (where an import
 * records), read in SQL by id (limit + 1 of them).
 */
export async function listIndicators(
  database: Kysely<Database>,
  tenant: string,
  kpiId: string | undefined,
  page: KeysetRequest = WHOLE_LIST,
) {
  const db = await readModel<IndicatorsDb>(database, INDICATORS);
  let query = db.selectFrom('indicators').select('document').where('tenant', '=', tenant);
  query = keysetPage(query, indicatorsOrder, page);
  if (kpiId !== undefined) query = query.where('kpi_id', '=', kpiId);
  const rows = await query.execute();
  return rows.map((row) => {
    const { status: _s, ...indicator } = row.document as Defined;
    return indicator;
  });
}
