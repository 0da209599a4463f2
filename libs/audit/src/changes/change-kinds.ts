/**
 * What each structure event means as a change in valid time. Attaching and detaching a group
 * are the model's side of forming, transferring, joining and leaving it, so they are not changes
 * of their own.
 */
export const CHANGE_KINDS: Record<string, string> = {
  ModelEstablished: 'model-established',
  ModelAmended: 'model-amended',
  ModelReplaced: 'model-replaced',
  ModelRetired: 'model-retired',
  ParticipantAdded: 'participant-joined',
  ParticipantLeft: 'participant-left',
  GroupFormed: 'group-formed',
  GroupReMandated: 'group-re-mandated',
  GroupMoved: 'group-moved',
  GroupTransferred: 'group-transferred',
  GroupJoinedModel: 'group-joined-model',
  GroupLeftModel: 'group-left-model',
  GroupMergedInto: 'group-merged',
  GroupsAbsorbed: 'groups-absorbed',
  GroupDissolved: 'group-dissolved',
  MemberAdded: 'seat-started',
  MemberRoleChanged: 'seat-role-changed',
  MembershipEnded: 'seat-ended',
  PostHolderChanged: 'post-holder-changed',
};

export const CHANGE_EVENT_TYPES = Object.keys(CHANGE_KINDS);
