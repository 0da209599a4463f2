import type { Projection } from '@app/projections';
import { auditTrailProjection } from './trail/audit-trail.projection';
import { AUDITED_EVENT_TYPES } from './trail/audited-events';

/** The audit context's read models, for apps/read-models.ts. */
export const auditProjections: readonly Projection[] = [auditTrailProjection(AUDITED_EVENT_TYPES)];
