import { existing, registered } from './reference.fixtures';
import type { AddMember, FormGroup, GroupFacts, MoveGroup } from '../group/group.commands';
import type { GroupEvent, GroupFormed, MemberAdded, MemberRole } from '../group/group.events';

/** Nynäshamnsmodellen's steering group as the 2023 minutes describe it: every 4 to 6 weeks. */
export const formed = (data: Partial<GroupFormed['data']> = {}): GroupFormed => ({
  type: 'GroupFormed',
  data: {
    groupId: 'g-steering',
    modelId: 'm-nynashamn',
    kind: 'steering',
    name: 'Styrgruppen',
    parentId: null,
    mandate: 'Beslutar om inriktning för arbetet inom ramen för Nynäshamnsmodellen',
    focusArea: null,
    cadence: { minWeeks: 4, maxWeeks: 6 },
    records: 'notes',
    formedOn: '2021-01-01',
    ...data,
  },
});

export const factsOf = (event: GroupFormed, data: Partial<GroupFacts> = {}): GroupFacts => ({
  groupId: event.data.groupId,
  modelId: event.data.modelId,
  formedOn: event.data.formedOn,
  dissolvedOn: null,
  ancestorIds: [],
  ...data,
});

export const added = (
  membershipId: string,
  role: MemberRole,
  from: string,
  data: Partial<MemberAdded['data']> = {},
): MemberAdded => ({
  type: 'MemberAdded',
  data: {
    groupId: 'g-steering',
    membershipId,
    personId: `p-${membershipId}`,
    organisationId: 'org-sof',
    role,
    from,
    ...data,
  },
});

export const steering = formed();
export const coordination = formed({
  groupId: 'g-coordination',
  kind: 'coordination',
  name: 'Samordningsgruppen',
  parentId: 'g-steering',
  mandate: 'Skapar arbetsgrupper och väljer deltagare',
});
export const formPreschool = (data: Partial<FormGroup['data']> = {}): FormGroup => ({
  type: 'FormGroup',
  data: {
    groupId: 'g-preschool',
    modelId: 'm-nynashamn',
    kind: 'working',
    name: 'Närvaro i förskolan',
    parentId: 'g-coordination',
    parent: factsOf(coordination, { ancestorIds: ['g-steering'] }),
    focusArea: 'Närvaro i förskolan',
    records: 'notes',
    formedOn: '2022-01-01',
    ...data,
  },
});
export const dissolved = (groupId: string, on: string): GroupEvent => ({
  type: 'GroupDissolved',
  data: { groupId, on, cause: 'decision' },
});
export const move = (
  groupId: string,
  parentId: string | null,
  parent: MoveGroup['data']['parent'],
  on: string,
): MoveGroup => ({
  type: 'MoveGroup',
  data: { groupId, parentId, parent, on },
});

export const addMember = (
  membershipId: string,
  role: MemberRole,
  from: string,
  data: Partial<AddMember['data']> = {},
): AddMember => ({
  type: 'AddMember',
  data: {
    groupId: 'g-steering',
    membershipId,
    personId: data.personId ?? `p-${membershipId}`,
    person: registered(data.personId ?? `p-${membershipId}`),
    organisationId: data.organisationId ?? 'org-sof',
    organisation: existing(data.organisationId ?? 'org-sof'),
    role,
    from,
    ...data,
  },
});
export const changeRole = (membershipId: string, role: MemberRole, on: string) =>
  ({ type: 'ChangeMemberRole', data: { groupId: 'g-steering', membershipId, role, on } }) as const;
export const endMembership = (membershipId: string, to: string) =>
  ({ type: 'EndMembership', data: { groupId: 'g-steering', membershipId, to } }) as const;
export const membershipEnded = (membershipId: string, to: string): GroupEvent => ({
  type: 'MembershipEnded',
  data: { groupId: 'g-steering', membershipId, to, cause: 'ended' },
});
