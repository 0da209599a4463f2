import { entityLink } from './entity-links';
import type { TrailRow } from './trail.queries';

/** One event of the trail as the API answers it. */
export function trailEntryOf(row: TrailRow) {
  return {
    position: row.position,
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    entity: entityLink(row.entity_kind, row.entity_id),
    stream: row.stream,
    revision: row.revision,
    validFrom: row.valid_from,
    recordedAt: row.recorded_at,
    recordedLateByDays: row.late_days !== null && row.late_days > 0 ? row.late_days : 0,
    actor: { id: row.actor_id, role: row.actor_role, organisation: row.actor_organisation },
    onBehalfOf: row.on_behalf_of,
    reason: row.reason,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    data: row.data,
    hash: row.hash,
  };
}

export type TrailEntry = ReturnType<typeof trailEntryOf>;
