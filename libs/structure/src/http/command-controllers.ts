import type { Type } from '@nestjs/common';
import { CallerCommandsController } from './caller-commands.controller';
import { GroupCommandsController } from './group-commands.controller';
import { MembershipCommandsController } from './membership-commands.controller';
import { ModelCommandsController } from './model-commands.controller';
import { ModelParticipantCommandsController } from './model-participant-commands.controller';
import { OrganisationCommandsController } from './organisation-commands.controller';
import { PersonCommandsController } from './person-commands.controller';
import { PostCommandsController } from './post-commands.controller';

/** The write side's endpoints; the read side lists its own *-queries controllers beside these. */
export const STRUCTURE_COMMAND_CONTROLLERS: Type<unknown>[] = [
  OrganisationCommandsController,
  PersonCommandsController,
  CallerCommandsController,
  PostCommandsController,
  ModelCommandsController,
  ModelParticipantCommandsController,
  GroupCommandsController,
  MembershipCommandsController,
];
