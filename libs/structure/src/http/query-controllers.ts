import type { Type } from '@nestjs/common';
import { GroupsQueriesController } from './groups-queries.controller';
import { ModelsQueriesController } from './models-queries.controller';
import { OrganisationsQueriesController } from './organisations-queries.controller';
import { PeopleQueriesController } from './people-queries.controller';
import { PostsQueriesController } from './posts-queries.controller';
import { StructureQueriesController } from './structure-queries.controller';

/** The read side's endpoints: reads from the bitemporal read models and the event store. */
export const STRUCTURE_QUERY_CONTROLLERS: Type<unknown>[] = [
  OrganisationsQueriesController,
  PeopleQueriesController,
  PostsQueriesController,
  ModelsQueriesController,
  GroupsQueriesController,
  StructureQueriesController,
];
