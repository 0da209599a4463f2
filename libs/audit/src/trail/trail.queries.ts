import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '@app/platform';
import { readModel } from '@app/projections';
import { AUDIT_TRAIL } from './audit-trail.projection';
import type { AuditEventsTable, AuditTrailDb } from './trail.tables';

export type TrailOrder = 'asc' | 'desc';

/** What the trail can be narrowed to; every filter is optional and they combine with AND. */
export interface TrailFilter {
  actorId?: string;
  onBehalfOf?: string;
  organisationId?: string;
  types?: readonly string[];
  entityKind?: string;
  entityId?: string;
  /** Valid dates, both ends inclusive (YYYY-MM-DD). */
  validFrom?: string;
  validTo?: string;
  /** Record time, [from, to). */
  recordedFrom?: string;
  recordedTo?: string;
  /** Only events whose valid date is more than this many days before their record date. */
  lateByMoreThan?: number;
}

export interface TrailPage {
  order: TrailOrder;
  /** The position the previous page ended at (exclusive). */
  after?: string;
  limit: number;
}

/** A trail row as queries answer it: positions and record times as text. */
export type TrailRow = Omit<Selectable<AuditEventsTable>, 'tenant' | 'position' | 'recorded_at'> & {
  position: string;
  recorded_at: string;
};

/** The columns of a TrailRow, from a query over `audit_events` (aliased or not). */
export function trailColumns(alias: 'e' | 'audit_events') {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  return [
    sql<string>`${column('position')}::text`.as('position'),
    ...TRAIL_TEXT_COLUMNS.map((name) => column(name).as(name)),
    sql<string>`to_json(${column('recorded_at')})#>>'{}'`.as('recorded_at'),
  ];
}

const TRAIL_TEXT_COLUMNS = [
  'event_id',
  'stream',
  'revision',
  'type',
  'schema_version',
  'entity_kind',
  'entity_id',
  'actor_id',
  'actor_role',
  'actor_organisation',
  'on_behalf_of',
  'reason',
  'correlation_id',
  'causation_id',
  'valid_from',
  'late_days',
  'data',
  'hash',
] as const satisfies ReadonlyArray<keyof TrailRow>;

/**
 * One page of the trail in position (commit) order, keyset-paginated: the page after `after`,
 * at most `limit` rows plus one to tell whether there is more.
 */
export async function trailPage(
  database: Kysely<Database>,
  tenant: string,
  filter: TrailFilter,
  page: TrailPage,
): Promise<{ rows: TrailRow[]; more: boolean }> {
  const db = await readModel<AuditTrailDb>(database, AUDIT_TRAIL);
  let query = db
    .selectFrom('audit_events as e')
    .select(trailColumns('e'))
    .where('e.tenant', '=', tenant);
  if (filter.organisationId !== undefined) {
    // The organisations table drives: its index is (tenant, organisation, position).
    query = query
      .innerJoin('audit_event_organisations as o', (join) =>
        join.onRef('o.tenant', '=', 'e.tenant').onRef('o.position', '=', 'e.position'),
      )
      .where('o.organisation_id', '=', filter.organisationId);
  }
  if (filter.actorId !== undefined) query = query.where('e.actor_id', '=', filter.actorId);
  if (filter.onBehalfOf !== undefined)
    query = query.where('e.on_behalf_of', '=', filter.onBehalfOf);
  if (filter.types !== undefined && filter.types.length > 0) {
    query = query.where('e.type', 'in', [...filter.types]);
  }
  if (filter.entityKind !== undefined) query = query.where('e.entity_kind', '=', filter.entityKind);
  if (filter.entityId !== undefined) query = query.where('e.entity_id', '=', filter.entityId);
  if (filter.validFrom !== undefined) query = query.where('e.valid_from', '>=', filter.validFrom);
  if (filter.validTo !== undefined) query = query.where('e.valid_from', '<=', filter.validTo);
  if (filter.recordedFrom !== undefined) {
    query = query.where('e.recorded_at', '>=', sql<Date>`${filter.recordedFrom}::timestamptz`);
  }
  if (filter.recordedTo !== undefined) {
    query = query.where('e.recorded_at', '<', sql<Date>`${filter.recordedTo}::timestamptz`);
  }
  if (filter.lateByMoreThan !== undefined) {
    // `late_days > 0` as written lets the planner use the partial index of late events.
    query = query
      .where(sql<boolean>`e.late_days > 0`)
      .where('e.late_days', '>', filter.lateByMoreThan);
  }
  const position = filter.organisationId !== undefined ? 'o.position' : 'e.position';
  if (page.after !== undefined) {
    query = query.where(
      sql.ref(position),
      page.order === 'asc' ? '>' : '<',
      sql<string>`${page.after}::bigint`,
    );
  }
  const rows = (await query
    .orderBy(sql.ref(position), page.order)
    .limit(page.limit + 1)
    .execute()) as TrailRow[];
  return { rows: rows.slice(0, page.limit), more: rows.length > page.limit };
}
