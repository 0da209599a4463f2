import type { Projection } from '@app/projections';
import { auditProjections, transparencyLogProjection } from '@app/audit';
import { agreementsProjections } from '@app/agreements';
import { meetingsProjections } from '@app/meetings';
import { structureProjections } from '@app/structure';

/**
 * Every context's projections: the one list the api, the worker and the cli run and rebuild.
 * It sits beside the apps because libs/projections is below the contexts and may not import
 * them. Add a context's list here, e.g. `...structureProjections` from @app/structure.
 */
export const READ_MODELS: readonly Projection[] = [
  ...structureProjections,
  ...meetingsProjections,
  transparencyLogProjection,
  ...auditProjections,
  ...agreementsProjections,
];
