import type { Type } from '@nestjs/common';
import { AssignmentCommandsController } from './assignment-commands.controller';
import { ItemCommandsController } from './item-commands.controller';
import { MeetingCommandsController } from './meeting-commands.controller';
import { MinutesCommandsController } from './minutes-commands.controller';
import { NotesCommandsController } from './notes-commands.controller';

/** The write side's endpoints: meetings, items, minutes and assignments. */
export const MEETINGS_COMMAND_CONTROLLERS: Type<unknown>[] = [
  MeetingCommandsController,
  ItemCommandsController,
  MinutesCommandsController,
  NotesCommandsController,
  AssignmentCommandsController,
];
