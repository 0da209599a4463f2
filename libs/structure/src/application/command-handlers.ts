import type { Provider } from '@nestjs/common';
import { AbolishPostHandler } from './abolish-post/abolish-post.handler';
import { AddMemberHandler } from './add-member/add-member.handler';
import { AddParticipantHandler } from './add-participant/add-participant.handler';
import { AppointPostHolderHandler } from './appoint-post-holder/appoint-post-holder.handler';
import { DissolveGroupHandler } from './dissolve-group/dissolve-group.handler';
import { EraseCallerHandler } from './erase-caller/erase-caller.handler';
import { ErasePersonHandler } from './erase-person/erase-person.handler';
import { EstablishModelHandler } from './establish-model/establish-model.handler';
import { EstablishPostHandler } from './establish-post/establish-post.handler';
import { FormGroupHandler } from './form-group/form-group.handler';
import { JoinModelHandler } from './join-model/join-model.handler';
import { LeaveModelHandler } from './leave-model/leave-model.handler';
import { MergeGroupsHandler } from './merge-groups/merge-groups.handler';
import { MoveGroupHandler } from './move-group/move-group.handler';
import { RegisterOrganisationHandler } from './register-organisation/register-organisation.handler';
import { RegisterPersonHandler } from './register-person/register-person.handler';
import { ReplaceModelHandler } from './replace-model/replace-model.handler';
import { PersonalDataStore } from './register-person/personal-data.store';

/**
 * The structure's use cases with something of their own to say; every single-stream command
 * goes through Decide (libs/event-store), and what they need besides the executor.
 */
export const STRUCTURE_COMMAND_HANDLERS: Provider[] = [
  AddMemberHandler,
  AddParticipantHandler,
  AbolishPostHandler,
  AppointPostHolderHandler,
  DissolveGroupHandler,
  EraseCallerHandler,
  ErasePersonHandler,
  EstablishModelHandler,
  EstablishPostHandler,
  FormGroupHandler,
  JoinModelHandler,
  LeaveModelHandler,
  MergeGroupsHandler,
  MoveGroupHandler,
  RegisterOrganisationHandler,
  RegisterPersonHandler,
  ReplaceModelHandler,
  PersonalDataStore,
];
