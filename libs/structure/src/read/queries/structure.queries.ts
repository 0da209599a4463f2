import type { Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { listGroups, type GroupRow } from './group.queries';
import {
  findModel,
  modelNames,
  participantsOn,
  type ModelRow,
  type ParticipantRow,
} from './model.queries';
import { describeSeats, seatsOn, type DescribedSeat } from './seat.queries';
import type { TimeSlice } from './time-slice';

export interface StructureGroup extends GroupRow {
  members: DescribedSeat[];
  children: StructureGroup[];
}

export interface OrganisationCount {
  organisationId: string;
  name: string | null;
  shortName: string | null;
  participant: boolean;
  /** Groups in which the organisation holds at least one seat. */
  groups: number;
  /** Different people holding its seats on the date (a post's holder then; unknown ones not counted). */
  members: number;
  seats: number;
}

export interface RelatedModel {
  id: string;
  name: string | null;
}

export interface StructureView {
  model: ModelRow & { predecessor: RelatedModel | null; successor: RelatedModel | null };
  participants: ParticipantRow[];
  groups: StructureGroup[];
  countsByOrganisation: OrganisationCount[];
  totals: { groups: number; members: number; seats: number };
}

/**
 * A model as it stood on a date, as known at a time: its participants, its group tree with
 * every seat, and the count of groups and people per organisation. A handful of indexed queries over
 * the read models, joined here; nothing is replayed.
 */
export async function structureOf(
  database: Kysely<Database>,
  tenant: string,
  modelId: string,
  slice: TimeSlice,
): Promise<StructureView | undefined> {
  const model = await findModel(database, tenant, modelId, slice);
  if (!model) return undefined;
  const [participants, groups, names] = await Promise.all([
    participantsOn(database, tenant, modelId, slice),
    listGroups(database, tenant, slice, { modelId }),
    modelNames(database, tenant, [model.predecessorId, model.successorId], slice),
  ]);
  const seats = await seatsOn(database, tenant, slice, {
    groupIds: groups.map((group) => group.id),
  });
  const members = await describeSeats(database, tenant, seats, slice);
  const seatsByGroup = new Map<string, DescribedSeat[]>();
  seats.forEach((seat, index) => {
    seatsByGroup.set(seat.groupId, [...(seatsByGroup.get(seat.groupId) ?? []), members[index]]);
  });
  const counts = countByOrganisation(
    seats.map((seat, index) => ({ groupId: seat.groupId, seat: members[index] })),
    participants,
  );
  return {
    model: {
      ...model,
      predecessor: related(model.predecessorId, names),
      successor: related(model.successorId, names),
    },
    participants,
    groups: treeOf(groups, seatsByGroup),
    countsByOrganisation: counts,
    totals: {
      groups: groups.length,
      members: new Set(members.flatMap((member) => member.person?.id ?? [])).size,
      seats: seats.length,
    },
  };
}

function related(id: string | null, names: ReadonlyMap<string, string>): RelatedModel | null {
  return id === null ? null : { id, name: names.get(id) ?? null };
}

/** Children under their parents; a group whose parent is not in the model that day is a root. */
export function treeOf(
  groups: readonly GroupRow[],
  seatsByGroup: ReadonlyMap<string, DescribedSeat[]>,
): StructureGroup[] {
  const nodes = new Map<string, StructureGroup>(
    groups.map((group) => [
      group.id,
      { ...group, members: seatsByGroup.get(group.id) ?? [], children: [] },
    ]),
  );
  const roots: StructureGroup[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  // The deciders forbid cycles; should one slip in, its groups are shown as roots, not lost.
  const reached = new Set<string>();
  const visit = (node: StructureGroup) => {
    if (reached.has(node.id)) return;
    reached.add(node.id);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  for (const node of nodes.values()) {
    if (!reached.has(node.id)) {
      roots.push(node);
      visit(node);
    }
  }
  return roots;
}

function countByOrganisation(
  seats: readonly { groupId: string; seat: DescribedSeat }[],
  participants: readonly ParticipantRow[],
): OrganisationCount[] {
  const tally = new Map<
    string,
    { count: OrganisationCount; groups: Set<string>; people: Set<string> }
  >();
  const entry = (id: string, name: string | null, shortName: string | null) => {
    let found = tally.get(id);
    if (!found) {
      found = {
        count: {
          organisationId: id,
          name,
          shortName,
          participant: false,
          groups: 0,
          members: 0,
          seats: 0,
        },
        groups: new Set(),
        people: new Set(),
      };
      tally.set(id, found);
    }
    return found;
  };
  for (const participant of participants) {
    entry(participant.organisationId, participant.name, participant.shortName).count.participant =
      true;
  }
  for (const { groupId, seat } of seats) {
    const found = entry(seat.organisation.id, seat.organisation.name, seat.organisation.shortName);
    found.groups.add(groupId);
    if (seat.person) found.people.add(seat.person.id);
    found.count.seats += 1;
  }
  return [...tally.values()]
    .map(({ count, groups, people }) => ({ ...count, groups: groups.size, members: people.size }))
    .sort((a, b) =>
      (a.shortName ?? a.name ?? a.organisationId).localeCompare(
        b.shortName ?? b.name ?? b.organisationId,
      ),
    );
}
