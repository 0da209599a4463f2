import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { MeetingsModule } from '@app/meetings';
import { AUDIT_COMMAND_HANDLERS } from './application/inquiry-commands';
import { auditSignerProvider } from './checkpoints/audit-signer';
import { ALWAYS_SCHEDULE, CheckpointScheduler } from './checkpoints/checkpoint-scheduler';
import { CheckpointService } from './checkpoints/checkpoint.service';
import { AuditEventsController } from './http/audit-events.controller';
import { ChangesController } from './http/changes.controller';
import { PackageController } from './http/package.controller';
import { PopoloExportController } from './http/popolo-export.controller';
import { InquiryCommandsController } from './http/inquiry-commands.controller';
import { InquiryQueriesController } from './http/inquiry-queries.controller';
import { TransparencyLogController } from './http/transparency-log.controller';
import { VerificationsController } from './http/verifications.controller';
import { VerificationJobs } from './verification/verification-jobs';

/**
 * What auditors and heads of administration read across the record: the trail and changes,
 * auditors' inquiries, the Popolo export;
 * and the transparency log: signed checkpoints (issued on schedule where projections run),
 * proofs, verifications.
 */
@Module({
  // The audit package prints the minutes of the meetings in its window.
  imports: [CqrsModule, MeetingsModule],
  controllers: [
    AuditEventsController,
    ChangesController,
    InquiryCommandsController,
    InquiryQueriesController,
    TransparencyLogController,
    VerificationsController,
    PackageController,
    PopoloExportController,
  ],
  providers: [
    auditSignerProvider,
    CheckpointService,
    CheckpointScheduler,
    VerificationJobs,
    ...AUDIT_COMMAND_HANDLERS,
  ],
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
