import { MEETINGS_EVENT_VERSIONS } from '@app/meetings';
import { STRUCTURE_EVENT_VERSIONS } from '@app/structure';

/**
 * Every event type of every context: the trail reads them all. A context that adds events adds
 * its catalogue here (a projection names the types it reads; there is no wildcard, so a type
 * missing here is an event the trail would not show — the trail's spec checks the catalogues).
 */
export const AUDITED_EVENT_TYPES: readonly string[] = [
  ...Object.keys(STRUCTURE_EVENT_VERSIONS),
  ...Object.keys(MEETINGS_EVENT_VERSIONS),
];
