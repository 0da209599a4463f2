import type { Projection } from '@app/projections';
import { inquiriesProjection } from './inquiries/inquiries.projection';
import { auditTrailProjection } from './trail/audit-trail.projection';

/** The audit context's read models besides the transparency log, for apps/read-models.ts. */
export const auditProjections: readonly Projection[] = [auditTrailProjection, inquiriesProjection];
