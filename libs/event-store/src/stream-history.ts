import type { RecordedActor } from '@app/kernel';
import type { ActorNames } from './actor-names';
import type { EventStore, RecordedEvent } from './event-store.port';
import { scanPage } from './scan-page';

/** One event of a stream as an auditor reads it: what happened, when, by whom, and its link. */
export interface HistoryEntry {
  revision: number;
  position: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  validFrom: string | null;
  recordedAt: string;
  /** The name joined from personal_data ("[name erased]" once erased; null if never stored). */
  actor: RecordedActor & { name: string | null };
  onBehalfOf: string | null;
  reason: string | null;
  correlationId: string;
  causationId: string | null;
  hash: string;
  prevHash: string | null;
}

/**
 * A stream's events, oldest first, read from the event store itself (not a projection): the
 * record an auditor checks against the hash chain. `knownAt` keeps only what had been recorded
 * by then, `asOf` only the events dated by then. `dateOf` dates an event written without
 * metadata.validFrom from its data. Undefined for a stream with no events for this tenant.
 */
export async function streamHistory(
  sources: HistorySources,
  tenant: string,
  stream: string,
  dateOf: (event: RecordedEvent) => string | null,
  filter: HistoryFilter = {},
): Promise<HistoryEntry[] | undefined> {
  const events = await sources.store.readStream(tenant, stream);
  if (events.length === 0) return undefined;
  return entriesOf(sources, tenant, events, dateOf, filter);
}

/**
 * A page of a stream's history as streamHistory keeps it: the entries after revision `after`
 * (from the first without), at most limit + 1 of them (the last only says there is more). Only
 * the page's window of the stream is read, a window of limit + 1 events at a time while the
 * filter leaves the page short. Undefined for a stream with no events for this tenant.
 */
export async function streamHistoryPage(
  sources: HistorySources,
  tenant: string,
  stream: string,
  dateOf: (event: RecordedEvent) => string | null,
  filter: HistoryFilter,
  page: { limit: number; after?: number },
): Promise<HistoryEntry[] | undefined> {
  const entries = await scanPage(
    (after: bigint | undefined, limit) =>
      sources.store.readStream(tenant, stream, {
        from: after === undefined ? 0n : after + 1n,
        limit,
      }),
    (events) => entriesOf(sources, tenant, events, dateOf, filter),
    (event) => event.revision,
    { limit: page.limit, after: page.after === undefined ? undefined : BigInt(page.after) },
  );
  if (entries.length > 0) return entries;
  const first = await sources.store.readStream(tenant, stream, { limit: 1 });
  return first.length === 0 ? undefined : entries;
}

export interface HistoryFilter {
  asOf?: string;
  knownAt?: string;
}

/** Events as history entries: those recorded by `knownAt` and dated by `asOf`, actors named. */
async function entriesOf(
  { names }: HistorySources,
  tenant: string,
  events: readonly RecordedEvent[],
  dateOf: (event: RecordedEvent) => string | null,
  filter: HistoryFilter,
): Promise<HistoryEntry[]> {
  const until = filter.knownAt === undefined ? Infinity : Date.parse(filter.knownAt);
  const kept = events.filter((event) => Date.parse(event.metadata.recordedAt) <= until);
  if (kept.length === 0) return [];
  const named = await names.namesOf(
    tenant,
    kept.map((event) => event.metadata.actor.id),
  );
  return kept
    .map((event) => entryOf(event, dateOf, named.get(event.metadata.actor.id) ?? null))
    .filter((entry) => filter.asOf === undefined || (entry.validFrom ?? '') <= filter.asOf);
}

/** Where a history is read from: the events, and the names kept outside them. */
export interface HistorySources {
  store: EventStore;
  names: ActorNames;
}

function entryOf(
  event: RecordedEvent,
  dateOf: (event: RecordedEvent) => string | null,
  name: string | null,
): HistoryEntry {
  const { metadata } = event;
  return {
    revision: Number(event.revision),
    position: event.position.toString(),
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    validFrom: metadata.validFrom ?? dateOf(event),
    recordedAt: metadata.recordedAt,
    actor: { ...metadata.actor, name },
    onBehalfOf: metadata.onBehalfOf ?? null,
    reason: metadata.reason ?? null,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId ?? null,
    hash: metadata.hash,
    prevHash: metadata.prevHash,
  };
}
