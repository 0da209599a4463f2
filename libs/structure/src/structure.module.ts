import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { STRUCTURE_COMMAND_HANDLERS } from './application/command-handlers';
import { STRUCTURE_COMMAND_CONTROLLERS } from './http/command-controllers';
import { STRUCTURE_QUERY_CONTROLLERS } from './http/query-controllers';

/**
 * Organisations, people, collaboration models, groups and memberships. The write side is listed
 * here as two arrays; the read side adds its query controllers, projections and services beside
 * them. The command executor and the event store come from the global EventStoreModule.
 */
@Module({
  imports: [CqrsModule],
  controllers: [...STRUCTURE_COMMAND_CONTROLLERS, ...STRUCTURE_QUERY_CONTROLLERS],
  providers: [...STRUCTURE_COMMAND_HANDLERS],
})
export class StructureModule {}
