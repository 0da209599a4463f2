import { earliestDay, latestDay } from '@app/kernel';
import {
  evolvePost,
  placedOn,
  POST_EVENT_VERSIONS,
  tenureOn,
  validFromOfPostEvent,
  type PostEvent,
  type PostState,
  type IsoDate,
} from '../domain';
import { bitemporalProjection } from './bitemporal/bitemporal-projection';
import { timelinesOf, type Snapshot } from './bitemporal/timeline';
import { versionTable } from './bitemporal/version-table';
import { postHoldersTable, postVersionsTable } from './read-model.tables';

export const POSTS = 'structure-posts';

const postVersions = versionTable(postVersionsTable, {
  scopeColumn: 'post_id',
  indexes: [
    'create index post_versions_by_id on post_versions (tenant, post_id, valid_from)',
    'create index post_versions_by_organisation on post_versions (tenant, organisation_id, valid_from)',
  ],
  // The list's order (postsOrder): a page is an index range in name order.
  readIndexes: [{ name: 'post_versions_by_name', on: 'post_versions (tenant, name, post_id)' }],
  row: (version, scope) => ({ post_id: scope, ...version.attrs }),
});

const postHolders = versionTable(postHoldersTable, {
  scopeColumn: 'post_id',
  indexes: [
    'create index post_holders_by_post on post_holders (tenant, post_id, valid_from)',
    'create index post_holders_by_person on post_holders (tenant, person_id)',
  ],
  row: (version, scope) => ({ post_id: scope, ...version.attrs }),
});

const none: PostState = { status: 'none' };

/**
 * Posts over time, and who held each: a holder's row is valid while the person holds the post,
 * so "who held the post on D" is a time slice, and a day with no row is a day no holder is known.
 * An abolished post keeps a version from its abolition on (asked about then, it answers
 * "abolished", not "no such post").
 */
export const postsProjection = bitemporalProjection<PostEvent>({
  name: POSTS,
  // 2: a post's own dates as given (text); an abolition falls on its last possible day.
  // 3: holders' and renames' dates as given (held_from, held_to); a leaving on its last day.
  // 4: post_versions_by_name, for the list's pages.
  version: 4,
  handles: Object.keys(POST_EVENT_VERSIONS),
  tables: [postVersions, postHolders],
  scopeOf: (event) => event.data.postId,
  validFromOf: readValidFrom,
  derive: (facts) =>
    timelinesOf(facts, none, evolvePost, { post_versions: postRows, post_holders: holderRows }),
});

const postRows: Snapshot<PostState> = (state, _on, known) => {
  if (state.status === 'none') return new Map();
  return new Map([
    [
      state.postId,
      {
        organisation_id: state.organisationId,
        name: state.name,
        established_on: state.establishedOn,
        abolished_on: known.status === 'abolished' ? known.abolishedOn : null,
        status: state.status,
      },
    ],
  ]);
};

/** The holder's end is what the whole stream knows: a successor recorded later ends the row too. */
const holderRows: Snapshot<PostState> = (state, on, known) => {
  if (state.status === 'none' || known.status === 'none') return new Map();
  const tenure = tenureOn(state, on);
  if (tenure === null) return new Map();
  const whole = tenureOn(known, on);
  return new Map([
    [
      state.postId,
      {
        person_id: tenure.personId,
        held_from: tenure.from,
        held_to: whole?.personId === tenure.personId ? whole.to : tenure.to,
      },
    ],
  ]);
};

/**
 * As for groups: a start holds from its first possible day, an end (an abolition, a holder
 * leaving with nobody after) from its last; a holder's step falls where the state places it.
 */
function readValidFrom(event: PostEvent): IsoDate {
  if (event.type === 'PostHolderChanged') return placedOn({ ...event.data, from: event.data.on });
  const date = validFromOfPostEvent(event);
  return event.type === 'PostAbolished' ? latestDay(date) : earliestDay(date);
}
