import { Module } from '@nestjs/common';
import { AuditEventsController } from './http/audit-events.controller';

/** What auditors and heads of administration read across the record: the trail and changes. */
@Module({
  controllers: [AuditEventsController],
})
export class AuditModule {}
