import type { Type } from '@nestjs/common';
import { AssignmentsQueriesController } from './assignments-queries.controller';
import {
  CadenceQueriesController,
  OrganisationCadenceQueriesController,
} from './cadence-queries.controller';
import { DecisionsQueriesController } from './decisions-queries.controller';
import { MeetingsQueriesController } from './meetings-queries.controller';

/** The read side's endpoints: meetings, minutes, the decision register, assignments, cadence. */
export const MEETINGS_QUERY_CONTROLLERS: Type<unknown>[] = [
  MeetingsQueriesController,
  DecisionsQueriesController,
  AssignmentsQueriesController,
  CadenceQueriesController,
  OrganisationCadenceQueriesController,
];
