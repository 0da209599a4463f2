import { GROUP_EVENT_VERSIONS, type GroupEvent } from './group/group.events';
import { MODEL_EVENT_VERSIONS, type ModelEvent } from './model/model.events';
import {
  ORGANISATION_EVENT_VERSIONS,
  type OrganisationEvent,
} from './organisation/organisation.events';
import { CALLER_EVENT_VERSIONS, type CallerEvent } from './caller/caller.decider';
import { PERSON_EVENT_VERSIONS, type PersonEvent } from './person/person.decider';
import { POST_EVENT_VERSIONS, type PostEvent } from './post/post.events';

/** Every event of the structure context; type names are unique across its aggregates. */
export type StructureEvent =
  OrganisationEvent | PersonEvent | CallerEvent | PostEvent | ModelEvent | GroupEvent;

/** The schema version each event type is written with now; upcasters read the older ones. */
export const STRUCTURE_EVENT_VERSIONS: Record<StructureEvent['type'], number> = {
  ...ORGANISATION_EVENT_VERSIONS,
  ...PERSON_EVENT_VERSIONS,
  ...CALLER_EVENT_VERSIONS,
  ...POST_EVENT_VERSIONS,
  ...MODEL_EVENT_VERSIONS,
  ...GROUP_EVENT_VERSIONS,
};
