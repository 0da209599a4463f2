import {
  streamHistoryPage,
  type HistoryFilter,
  type HistorySources,
  type HistoryEntry,
  type RecordedEvent,
} from '@app/event-store';
import {
  validFromOfGroupEvent,
  validFromOfModelEvent,
  validFromOfOrganisationEvent,
  validFromOfPostEvent,
  type GroupEvent,
  type ModelEvent,
  type OrganisationEvent,
  type PostEvent,
} from '../../domain';

export type HistoryOf = 'organisation' | 'model' | 'group' | 'post';

/**
 * A page of an organisation's, a post's, a model's or a group's history (limit + 1 entries, see
 * streamHistoryPage), dated by its decider where metadata is not.
 */
export function historyOf(
  sources: HistorySources,
  tenant: string,
  of: HistoryOf,
  id: string,
  filter: HistoryFilter,
  page: { limit: number; after?: number },
): Promise<HistoryEntry[] | undefined> {
  const dateOf = (event: RecordedEvent) => validFromOf(of, event);
  return streamHistoryPage(sources, tenant, `${of}-${id}`, dateOf, filter, page);
}

/** Events written without metadata.validFrom still have a date: the one their data holds. */
function validFromOf(of: HistoryOf, event: RecordedEvent): string | null {
  const domainEvent = { type: event.type, data: event.data };
  const date =
    of === 'organisation'
      ? validFromOfOrganisationEvent(domainEvent as OrganisationEvent)
      : of === 'post'
        ? validFromOfPostEvent(domainEvent as PostEvent)
        : of === 'model'
          ? validFromOfModelEvent(domainEvent as ModelEvent)
          : validFromOfGroupEvent(domainEvent as GroupEvent);
  // An event type this code does not know falls through the switch as the event itself.
  return typeof date === 'string' ? date : null;
}
