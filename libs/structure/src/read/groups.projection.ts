import { earliestDay, latestDay } from '@app/kernel';
import {
  currentRole,
  evolveGroup,
  GROUP_EVENT_VERSIONS,
  validFromOfGroupEvent,
  type GroupEvent,
  type GroupState,
  type IsoDate,
} from '../domain';
import { bitemporalProjection } from './bitemporal/bitemporal-projection';
import { timelinesOf, type Snapshot } from './bitemporal/timeline';
import { groupVersionsTable, membershipVersionsTable } from './read-model.tables';
import { versionTable } from './bitemporal/version-table';

export const GROUPS = 'structure-groups';

const groupVersions = versionTable(groupVersionsTable, {
  scopeColumn: 'group_id',
  indexes: [
    'create index group_versions_by_id on group_versions (tenant, group_id, valid_from)',
    'create index group_versions_by_model on group_versions (tenant, model_id, valid_from)',
  ],
  // The list's order (groupsOrder): a page is an index range in name order.
  readIndexes: [{ name: 'group_versions_by_name', on: 'group_versions (tenant, name, group_id)' }],
  row: (version, scope) => ({ group_id: scope, ...version.attrs }),
});

const membershipVersions = versionTable(membershipVersionsTable, {
  scopeColumn: 'group_id',
  indexes: [
    'create index membership_versions_by_group on membership_versions (tenant, group_id, valid_from)',
    'create index membership_versions_by_person on membership_versions (tenant, person_id)',
    'create index membership_versions_by_post on membership_versions (tenant, post_id)',
    'create index membership_versions_by_organisation on membership_versions (tenant, organisation_id, valid_from)',
  ],
  row: (version, scope) => ({ group_id: scope, membership_id: version.key, ...version.attrs }),
});

const none: GroupState = { status: 'none' };

/**
 * Groups over time (name, mandate, parent, model, status) and their seats: a membership's row
 * is valid while the person, post or organisation holds the seat, one version per stretch in one role, so "who sat
 * in the group on D, in which role" is a time slice.
 */
export const groupsProjection = bitemporalProjection<GroupEvent>({
  name: GROUPS,
  // 3: dates as given (formed_on, ended_on, started_on as text); ends fall on their last day.
  // 4: a seat may be held by a post (post_id) or by nobody named (person_id null).
  // 5: a group may be outside any model (model_id null).
  // 6: group_versions_by_name, for the list's pages.
  version: 6,
  handles: Object.keys(GROUP_EVENT_VERSIONS),
  tables: [groupVersions, membershipVersions],
  scopeOf: (event) => event.data.groupId,
  validFromOf: readValidFrom,
  // Both tables from one fold of the stream.
  derive: (facts) =>
    timelinesOf(facts, none, evolveGroup, {
      group_versions: groupRows,
      membership_versions: membershipRows,
    }),
});

/**
 * Where a fact falls in the read's valid time. A start known to the year or month holds from
 * its first possible day, an end from its last: until then the group or seat may still be
 * there, and the reads show it as uncertain (README, "Dates as precise as the source").
 */
function readValidFrom(event: GroupEvent): IsoDate {
  const date = validFromOfGroupEvent(event);
  const ends =
    event.type === 'GroupDissolved' ||
    event.type === 'GroupMergedInto' ||
    event.type === 'GroupLeftModel' ||
    event.type === 'MembershipEnded';
  return ends ? latestDay(date) : earliestDay(date);
}

const groupRows: Snapshot<GroupState> = (state, _on, known) => {
  if (state.status === 'none') return new Map();
  return new Map([
    [
      state.groupId,
      {
        model_id: state.modelId,
        kind: state.kind,
        name: state.name,
        parent_id: state.parentId,
        mandate: state.mandate,
        focus_area: state.focusArea,
        cadence: state.cadence,
        records: state.records,
        formed_on: state.formedOn,
        status: state.status,
        ended_on: known.status === 'dissolved' || known.status === 'merged' ? known.endedOn : null,
        merged_into: known.status === 'merged' ? known.mergedInto : null,
      },
    ],
  ]);
};

const membershipRows: Snapshot<GroupState> = (state, on, known) => {
  if (state.status === 'none') return new Map();
  const seats = [...state.memberships.values()].filter(
    (seat) => earliestDay(seat.from) <= on && (seat.to === null || on < latestDay(seat.to)),
  );
  return new Map(
    seats.map((seat) => [
      seat.membershipId,
      {
        person_id: seat.personId,
        post_id: seat.postId,
        organisation_id: seat.organisationId,
        role: currentRole(seat).role,
        started_on: seat.from,
        ended_on:
          known.status === 'none' ? null : (known.memberships.get(seat.membershipId)?.to ?? null),
      },
    ]),
  );
};
