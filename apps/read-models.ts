import { Upcasters } from '@app/event-store';
import type { Projection } from '@app/projections';
import { auditProjections, transparencyLogProjection } from '@app/audit';
import { agreementsProjections } from '@app/agreements';
import { meetingsProjections } from '@app/meetings';
import { structureProjections, structureUpcasters } from '@app/structure';

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

/**
 * Every context's upcasters: how the api, the worker and the cli read older events in their
 * newest shape (EventStoreModule.forRoot). Here for the same reason as READ_MODELS.
 */
export const UPCASTERS = Upcasters.of(...structureUpcasters);
