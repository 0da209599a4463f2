import type { Provider } from '@nestjs/common';
import { AddMemberHandler } from './add-member/add-member.handler';
import { AddParticipantHandler } from './add-participant/add-participant.handler';
import { AmendModelHandler } from './amend-model/amend-model.handler';
import { ChangeMemberRoleHandler } from './change-member-role/change-member-role.handler';
import { DissolveGroupHandler } from './dissolve-group/dissolve-group.handler';
import { DissolveOrganisationHandler } from './dissolve-organisation/dissolve-organisation.handler';
import { ErasePersonHandler } from './erase-person/erase-person.handler';
import { EndMembershipHandler } from './end-membership/end-membership.handler';
import { EstablishModelHandler } from './establish-model/establish-model.handler';
import { FormGroupHandler } from './form-group/form-group.handler';
import { MergeGroupsHandler } from './merge-groups/merge-groups.handler';
import { MoveGroupHandler } from './move-group/move-group.handler';
import { ReMandateGroupHandler } from './re-mandate-group/re-mandate-group.handler';
import { RegisterOrganisationHandler } from './register-organisation/register-organisation.handler';
import { RegisterPersonHandler } from './register-person/register-person.handler';
import { RenameOrganisationHandler } from './rename-organisation/rename-organisation.handler';
import { ReplaceModelHandler } from './replace-model/replace-model.handler';
import { RetireModelHandler } from './retire-model/retire-model.handler';
import { WithdrawParticipantHandler } from './withdraw-participant/withdraw-participant.handler';
import { PersonalDataStore } from './register-person/personal-data.store';

/** Every command handler of the structure, and what they need besides the executor. */
export const STRUCTURE_COMMAND_HANDLERS: Provider[] = [
  AddMemberHandler,
  AddParticipantHandler,
  AmendModelHandler,
  ChangeMemberRoleHandler,
  DissolveGroupHandler,
  DissolveOrganisationHandler,
  EndMembershipHandler,
  ErasePersonHandler,
  EstablishModelHandler,
  FormGroupHandler,
  MergeGroupsHandler,
  MoveGroupHandler,
  ReMandateGroupHandler,
  RegisterOrganisationHandler,
  RegisterPersonHandler,
  RenameOrganisationHandler,
  ReplaceModelHandler,
  RetireModelHandler,
  WithdrawParticipantHandler,
  PersonalDataStore,
];
