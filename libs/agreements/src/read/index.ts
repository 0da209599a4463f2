import type { Projection } from '@app/projections';
import { agreementsProjection } from './agreements.projection';
import { evaluationsProjection } from './evaluations.projection';
import { indicatorsProjection } from './indicators.projection';

export * from './tables';
export * from './agreements.projection';
export * from './indicators.projection';
export * from './queries';
export * from './follow-up-calendar';
export * from './evaluations.projection';

/** The agreements context's read models, for apps/read-models.ts. */
export const agreementsProjections: readonly Projection[] = [
  agreementsProjection,
  indicatorsProjection,
  evaluationsProjection,
];
