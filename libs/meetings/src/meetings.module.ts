import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { MEETINGS_COMMAND_HANDLERS } from './application/command-handlers';
import { PrintedMinutes } from './application/printed-minutes/printed-minutes';
import { AssignmentOwners } from './http/assignment-owners';
import { MEETINGS_COMMAND_CONTROLLERS } from './http/command-controllers';
import { MEETINGS_QUERY_CONTROLLERS } from './http/query-controllers';

/**
 * Meetings of groups and boards, their minutes (attendance, items, decisions, approval, notice,
 * corrections) and the assignments decisions give. The executor and the event store come from
 * the global EventStoreModule; the bodies' facts come from the structure context's streams.
 */
@Module({
  imports: [CqrsModule],
  controllers: [...MEETINGS_COMMAND_CONTROLLERS, ...MEETINGS_QUERY_CONTROLLERS],
  providers: [...MEETINGS_COMMAND_HANDLERS, AssignmentOwners, PrintedMinutes],
  exports: [PrintedMinutes],
})
export class MeetingsModule {}
