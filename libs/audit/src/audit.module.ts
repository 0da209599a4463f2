import { Module } from '@nestjs/common';
import { auditSignerProvider } from './checkpoints/audit-signer';
import { ALWAYS_SCHEDULE, CheckpointScheduler } from './checkpoints/checkpoint-scheduler';
import { CheckpointService } from './checkpoints/checkpoint.service';
import { AuditEventsController } from './http/audit-events.controller';
import { ChangesController } from './http/changes.controller';
import { PackageController } from './http/package.controller';
import { TransparencyLogController } from './http/transparency-log.controller';
import { VerificationsController } from './http/verifications.controller';
import { VerificationJobs } from './verification/verification-jobs';

/**
 * What auditors and heads of administration read across the record: the trail and changes;
 * and the transparency log: signed checkpoints (issued on schedule where projections run),
 * proofs, verifications.
 */
@Module({
  controllers: [
    AuditEventsController,
    ChangesController,
    TransparencyLogController,
    VerificationsController,
    PackageController,
  ],
  providers: [auditSignerProvider, CheckpointService, CheckpointScheduler, VerificationJobs],
  exports: [CheckpointService, CheckpointScheduler],
})
export class AuditModule {}

/** The worker's part: the signing key and the checkpoint schedule, no HTTP. */
@Module({
  providers: [
    auditSignerProvider,
    CheckpointService,
    CheckpointScheduler,
    { provide: ALWAYS_SCHEDULE, useValue: true },
  ],
})
export class AuditWorkerModule {}
