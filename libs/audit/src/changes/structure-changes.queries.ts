import { sql, type Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { readModel } from '@app/projections';
import { AUDIT_TRAIL } from '../trail/audit-trail.projection';
import { entityLink } from '../trail/entity-links';
import type { AuditTrailDb } from '../trail/trail.tables';
import { CHANGE_EVENT_TYPES, CHANGE_KINDS } from './change-kinds';

export interface StructureChangesQuery {
  modelId: string;
  /** Valid dates, both ends inclusive. */
  from: string;
  to: string;
  /** As recorded by this moment; null: everything recorded. */
  knownAt: string | null;
  limit: number;
  /** `date|position` of the last change of the previous page. */
  after?: { date: string; position: string };
}

/**
 * Undefined for a model the municipality has not recorded (by `knownAt`).
 *
 * What changed in a model's structure between two dates of valid time: the model's own events
 * and those of every group it has held (its GroupAttached events say which), and the changes of
 * holder of the posts holding seats in them, dated in the window, in date order. Read from the trail, so a change recorded late is where it belongs.
 */
export async function structureChanges(
  database: Kysely<Database>,
  tenant: string,
  query: StructureChangesQuery,
) {
  const db = await readModel<AuditTrailDb>(database, AUDIT_TRAIL);
  const known =
    query.knownAt === null
      ? sql<boolean>`true`
      : sql<boolean>`recorded_at <= ${query.knownAt}::timestamptz`;
  const ownEvents = await db
    .selectFrom('audit_events')
    .select([
      'type',
      sql<string>`data->>'groupId'`.as('group_id'),
      sql<string>`data->>'on'`.as('on'),
    ])
    .where('tenant', '=', tenant)
    .where('entity_id', '=', query.modelId)
    .where('entity_kind', '=', 'model')
    .where(known)
    .orderBy(sql`audit_events.position`)
    .execute();
  if (ownEvents.length === 0) return undefined;
  const stays = rosterStays(ownEvents);
  const groupIds = [...new Set(stays.map((stay) => stay.groupId))];
  // Posts that hold seats in the model's groups: a change of holder changes who sits there.
  const postSeats =
    groupIds.length === 0
      ? []
      : await db
          .selectFrom('audit_events')
          .select(sql<string>`data->>'postId'`.as('post_id'))
          .where('tenant', '=', tenant)
          .where('entity_kind', '=', 'group')
          .where('entity_id', 'in', groupIds)
          .where('type', '=', 'MemberAdded')
          .where(sql<boolean>`data->>'postId' is not null`)
          .where(known)
          .execute();
  const entities = [query.modelId, ...groupIds, ...new Set(postSeats.map((row) => row.post_id))];
  // valid_from is text (a date may be as coarse as its source: `2021`, `2021-12`).
  const inWindow = () =>
    db
      .selectFrom('audit_events')
      .where('tenant', '=', tenant)
      .where('entity_id', 'in', entities)
      .where('type', 'in', CHANGE_EVENT_TYPES)
      .where(whileOnRoster(stays))
      .where('valid_from', '>=', query.from)
      .where('valid_from', '<=', `${query.to}\uffff`)
      .where(known);
  let page = inWindow().select([
    sql<string>`position::text`.as('position'),
    'type',
    'entity_kind',
    'entity_id',
    'valid_from',
    sql<string>`to_json(recorded_at)#>>'{}'`.as('recorded_at'),
    'actor_id',
    'actor_role',
    'actor_organisation',
    'on_behalf_of',
    'reason',
    'data',
  ]);
  if (query.after) {
    page = page.where(
      sql<boolean>`(valid_from, position) > (${query.after.date}, ${query.after.position}::bigint)`,
    );
  }
  const [rows, counts] = await Promise.all([
    page
      .orderBy('valid_from')
      .orderBy(sql`audit_events.position`)
      .limit(query.limit + 1)
      .execute(),
    inWindow()
      .select(['type', sql<number>`count(*)::int`.as('count')])
      .groupBy('type')
      .execute(),
  ]);
  const pageGroups = [
    ...new Set(rows.filter((row) => row.entity_kind === 'group').map((row) => row.entity_id)),
  ];
  // Each group's name from its GroupFormed: one probe of the entity index per group of the
  // page. The ids travel as an array, whose length the planner reads, so it never reaches for
  // every GroupFormed of the municipality (`unnest(…) as g` names its column g too).
  const names =
    pageGroups.length === 0
      ? []
      : await db
          .selectFrom(sql<{ g: string }>`unnest(${pageGroups}::text[])`.as('g'))
          .select([
            sql<string>`g.g`.as('entity_id'),
            (eb) =>
              eb
                .selectFrom('audit_events')
                .select(sql<string>`data->>'name'`.as('name'))
                .where('tenant', '=', tenant)
                .whereRef('entity_id', '=', 'g.g')
                .where('type', '=', 'GroupFormed')
                .where(known)
                .orderBy('position')
                .limit(1)
                .as('name'),
          ])
          .execute();
  const groupNames = new Map(names.map((row) => [row.entity_id, row.name]));
  const byKind: Record<string, number> = {};
  for (const row of counts) {
    const kind = CHANGE_KINDS[row.type];
    byKind[kind] = (byKind[kind] ?? 0) + row.count;
  }
  const more = rows.length > query.limit;
  const changes = rows.slice(0, query.limit).map((row) => ({
    date: row.valid_from!,
    kind: CHANGE_KINDS[row.type],
    type: row.type,
    entity: entityLink(row.entity_kind, row.entity_id),
    group:
      row.entity_kind === 'group'
        ? { id: row.entity_id, name: groupNames.get(row.entity_id) ?? null }
        : null,
    data: row.data,
    recordedAt: row.recorded_at,
    actor: { id: row.actor_id, role: row.actor_role, organisation: row.actor_organisation },
    onBehalfOf: row.on_behalf_of,
    reason: row.reason,
    position: row.position,
  }));
  const total = Object.values(byKind).reduce((sum, count) => sum + count, 0);
  const last = changes.at(-1);
  return {
    changes,
    counts: { total, byKind },
    nextAfter: more && last ? `${last.date}|${last.position}` : null,
  };
}

/** A group's time on the model's roster: from its attachment to its detachment, both inclusive. */
interface RosterStay {
  groupId: string;
  from: string;
  to: string | null;
}

function rosterStays(modelEvents: { type: string; group_id: string; on: string }[]): RosterStay[] {
  const stays: RosterStay[] = [];
  for (const event of modelEvents) {
    if (event.type === 'GroupAttached') {
      stays.push({ groupId: event.group_id, from: event.on, to: null });
    } else if (event.type === 'GroupDetached') {
      const open = stays.findLast((stay) => stay.groupId === event.group_id && stay.to === null);
      if (open) open.to = event.on;
    }
  }
  return stays;
}

/**
 * A group's changes count for the model only while the group is on its roster: a network formed
 * outside any model, or one that has left it, changes elsewhere (its own history shows that).
 * The day it joins or leaves is part of both. Dates are text, as coarse as their source.
 */
function whileOnRoster(stays: RosterStay[]) {
  const onRoster = stays.map(
    (stay) =>
      sql<boolean>`(entity_id = ${stay.groupId} and valid_from >= ${stay.from}${
        stay.to === null ? sql`` : sql` and valid_from <= ${`${stay.to}\uffff`}`
      })`,
  );
  return sql<boolean>`(entity_kind <> 'group' or ${
    onRoster.length === 0 ? sql`false` : sql.join(onRoster, sql` or `)
  })`;
}
