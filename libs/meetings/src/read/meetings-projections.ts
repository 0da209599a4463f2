import type { Projection } from '@app/projections';

/** The meetings context's read models, for apps/read-models.ts. */
export const meetingsProjections: readonly Projection[] = [];
