import type { Projection } from '@app/projections';
import { assignmentsProjection } from './assignments.projection';
import { meetingsProjection } from './meetings.projection';

/** The meetings context's read models, for apps/read-models.ts. */
export const meetingsProjections: readonly Projection[] = [
  meetingsProjection,
  assignmentsProjection,
];
