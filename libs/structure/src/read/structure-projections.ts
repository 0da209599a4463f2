import type { Projection } from '@app/projections';
import { groupsProjection } from './groups.projection';
import { modelsProjection } from './models.projection';
import { organisationsProjection } from './organisations.projection';
import { peopleProjection } from './people.projection';
import { personTitlesProjection } from './person-titles.projection';
import { postsProjection } from './posts.projection';

/** The structure context's read models, for apps/read-models.ts. */
export const structureProjections: readonly Projection[] = [
  organisationsProjection,
  peopleProjection,
  personTitlesProjection,
  postsProjection,
  modelsProjection,
  groupsProjection,
];
