export * from './merkle/merkle';
export * from './merkle/compact-range';
export * from './log/log.tables';
export * from './log/proofs';
export * from './log/transparency-log.projection';
export * from './audit.module';
export * from './audit-projections';
export { AUDIT_TRAIL } from './trail/audit-trail.projection';
export { trailFactsOf, entityOf, organisationsOf, lateByDays } from './trail/trail-entry';
