import { Module } from '@nestjs/common';
import { AuditEventsController } from './http/audit-events.controller';
import { ChangesController } from './http/changes.controller';

/** What auditors and heads of administration read across the record: the trail and changes. */
@Module({
  controllers: [AuditEventsController, ChangesController],
})
export class AuditModule {}
