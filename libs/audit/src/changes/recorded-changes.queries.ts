import { sql, type Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { readModel } from '@app/projections';
import { AUDIT_TRAIL } from '../trail/audit-trail.projection';
import { entityLink } from '../trail/entity-links';
import { trailEntryOf } from '../trail/trail-entry.view';
import { trailColumns, type TrailRow } from '../trail/trail.queries';
import type { AuditTrailDb } from '../trail/trail.tables';

export interface RecordedChangesQuery {
  /** Record time, [since, until): timestamps with their zone. */
  since: string;
  until: string;
  /** The day `since` falls on in Sweden: a fact dated before it is a retroactive change. */
  sinceDate: string;
  limit: number;
  /** The first position of the last entity of the previous page. */
  after?: string;
}

/**
 * Everything recorded in a window of record time, grouped by the entity it is about (entities in
 * the order the window first touched them), each event flagged retroactive when it is dated
 * before the window opened: what changed since the last review, including what was learnt
 * about the past.
 */
export async function recordedChanges(
  database: Kysely<Database>,
  tenant: string,
  query: RecordedChangesQuery,
) {
  const db = await readModel<AuditTrailDb>(database, AUDIT_TRAIL);
  const window = () =>
    db
      .selectFrom('audit_events')
      .where('tenant', '=', tenant)
      .where('recorded_at', '>=', sql<Date>`${query.since}::timestamptz`)
      .where('recorded_at', '<', sql<Date>`${query.until}::timestamptz`);
  const retroactive = sql<boolean>`coalesce(valid_from < ${query.sinceDate}, false)`;
  // One pass over the window: each entity's counts, and the window's totals summed over the
  // groups (not a second scan with count(distinct)); the page is cut from it after the totals.
  const grouped = window()
    .select([
      'entity_kind',
      'entity_id',
      sql<string>`min(position)`.as('first'),
      sql<number>`count(*)::int`.as('events'),
      sql<number>`count(*) filter (where ${retroactive})::int`.as('retroactive'),
      sql<number>`(sum(count(*)) over ())::int`.as('total_events'),
      sql<number>`(count(*) over ())::int`.as('total_entities'),
      sql<number>`(sum(count(*) filter (where ${retroactive})) over ())::int`.as(
        'total_retroactive',
      ),
    ])
    .groupBy(['entity_kind', 'entity_id'])
    .as('g');
  let entities = db
    .selectFrom(grouped)
    .select([
      'g.entity_kind',
      'g.entity_id',
      sql<string>`g.first::text`.as('first'),
      'g.events',
      'g.retroactive',
      'g.total_events',
      'g.total_entities',
      'g.total_retroactive',
    ]);
  if (query.after !== undefined) {
    entities = entities.where('g.first', '>', sql<string>`${query.after}::bigint`);
  }
  const groups = await entities
    .orderBy('g.first')
    .limit(query.limit + 1)
    .execute();
  const totals = groups[0]
    ? {
        events: groups[0].total_events,
        entities: groups[0].total_entities,
        retroactive: groups[0].total_retroactive,
      }
    : // A cursor past the last entity (or an empty window): the totals need their own pass.
      await window()
        .select([
          sql<number>`count(*)::int`.as('events'),
          sql<number>`count(distinct (entity_kind, entity_id))::int`.as('entities'),
          sql<number>`count(*) filter (where ${retroactive})::int`.as('retroactive'),
        ])
        .executeTakeFirstOrThrow();
  const page = groups.slice(0, query.limit);
  const rows =
    page.length === 0
      ? []
      : ((await window()
          .select(trailColumns('audit_events'))
          .where(
            'entity_id',
            'in',
            page.map((group) => group.entity_id),
          )
          .orderBy(sql`audit_events.position`)
          .execute()) as TrailRow[]);
  const byEntity = new Map<string, TrailRow[]>();
  for (const row of rows) {
    const key = `${row.entity_kind}\u0000${row.entity_id}`;
    const list = byEntity.get(key);
    if (list) list.push(row);
    else byEntity.set(key, [row]);
  }
  return {
    entities: page.map((group) => ({
      entity: entityLink(group.entity_kind, group.entity_id),
      events: group.events,
      retroactive: group.retroactive,
      changes: (byEntity.get(`${group.entity_kind}\u0000${group.entity_id}`) ?? []).map((row) => ({
        ...trailEntryOf(row),
        retroactive: row.valid_from !== null && row.valid_from < query.sinceDate,
      })),
    })),
    counts: totals,
    nextAfter: groups.length > query.limit ? page.at(-1)!.first : null,
  };
}
