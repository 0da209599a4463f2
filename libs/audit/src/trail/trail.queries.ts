import { sql, type Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { readModel } from '@app/projections';
import { AUDIT_TRAIL } from './audit-trail.projection';
import type { AuditTrailDb } from './trail.tables';

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

export interface TrailRow {
  position: string;
  event_id: string;
  stream: string;
  revision: number;
  type: string;
  schema_version: number;
  entity_kind: string;
  entity_id: string;
  actor_id: string;
  actor_role: string;
  actor_organisation: string;
  on_behalf_of: string | null;
  reason: string | null;
  correlation_id: string;
  causation_id: string | null;
  valid_from: string | null;
  recorded_at: string;
  late_days: number | null;
  data: unknown;
  hash: string;
}

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
    .select([
      sql<string>`e.position::text`.as('position'),
      'e.event_id',
      'e.stream',
      'e.revision',
      'e.type',
      'e.schema_version',
      'e.entity_kind',
      'e.entity_id',
      'e.actor_id',
      'e.actor_role',
      'e.actor_organisation',
      'e.on_behalf_of',
      'e.reason',
      'e.correlation_id',
      'e.causation_id',
      'e.valid_from',
      sql<string>`to_json(e.recorded_at)#>>'{}'`.as('recorded_at'),
      'e.late_days',
      'e.data',
      'e.hash',
    ])
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
