import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DATE,
  DATE_AS_GIVEN,
  DATE_TIME,
  FREE_FORM,
  HistoryEventResponse,
  NEXT,
  NextPage,
  NULLABLE_DATE_AS_GIVEN,
  NULLABLE_STRING,
} from '@app/projections';

export class CheckpointResponse {
  @ApiProperty() treeSize!: number;
  @ApiProperty() rootHash!: string;
  @ApiProperty(DATE_TIME) issuedAt!: string;
  @ApiProperty() note!: string;
}

export class AuditEventsPageEvent {
  @ApiProperty() position!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() type!: string;
  @ApiProperty() schemaVersion!: number;
  @ApiProperty({ ...FREE_FORM }) entity!: Record<string, unknown>;
  @ApiProperty() stream!: string;
  @ApiProperty() revision!: number;
  @ApiProperty(DATE) validFrom!: string;
  @ApiProperty(DATE_TIME) recordedAt!: string;
  @ApiProperty() recordedLateByDays!: number;
  @ApiProperty({ ...FREE_FORM }) actor!: Record<string, unknown>;
  @ApiProperty(NULLABLE_STRING) onBehalfOf!: string | null;
  @ApiProperty(NULLABLE_STRING) reason!: string | null;
  @ApiProperty({ format: 'uuid' }) correlationId!: string;
  @ApiProperty({ format: 'uuid' }) causationId!: string;
  @ApiProperty({ ...FREE_FORM }) data!: Record<string, unknown>;
  @ApiProperty() hash!: string;
}

export class AuditEventsPage {
  @ApiProperty({ type: [AuditEventsPageEvent] }) events!: AuditEventsPageEvent[];
  @ApiProperty(NEXT) next!: string | null;
}

export class AuditChangesAnswerCounts {
  @ApiProperty() events!: number;
  @ApiProperty() entities!: number;
  @ApiProperty() retroactive!: number;
}

export class AuditChangesAnswerEntity {
  @ApiProperty({ ...FREE_FORM }) entity!: Record<string, unknown>;
  @ApiProperty() events!: number;
  @ApiProperty() retroactive!: number;
  @ApiProperty({ type: 'array', items: FREE_FORM }) changes!: Record<string, unknown>[];
}

export class AuditChangesAnswer {
  @ApiProperty(DATE_TIME) since!: string;
  @ApiProperty(DATE_TIME) until!: string;
  @ApiProperty({ type: AuditChangesAnswerCounts }) counts!: AuditChangesAnswerCounts;
  @ApiProperty({ type: [AuditChangesAnswerEntity] }) entities!: AuditChangesAnswerEntity[];
  @ApiProperty(NEXT) next!: string | null;
}

export class StructureChangesAnswerCounts {
  @ApiProperty({ type: Number, nullable: true }) total!: number | null;
  @ApiProperty({ ...FREE_FORM }) byKind!: Record<string, unknown>;
}

export class StructureChangesAnswerChange {
  @ApiProperty(DATE) date!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() type!: string;
  @ApiProperty({ ...FREE_FORM }) entity!: Record<string, unknown>;
  @ApiProperty({ ...FREE_FORM, nullable: true, description: 'The group (null: the model itself)' })
  group!: Record<string, unknown> | null;
  @ApiProperty({ ...FREE_FORM }) data!: Record<string, unknown>;
  @ApiProperty(DATE_TIME) recordedAt!: string;
  @ApiProperty({ ...FREE_FORM }) actor!: Record<string, unknown>;
  @ApiProperty(NULLABLE_STRING) onBehalfOf!: string | null;
  @ApiProperty(NULLABLE_STRING) reason!: string | null;
  @ApiProperty() position!: string;
}

export class StructureChangesAnswer {
  @ApiProperty({ format: 'uuid' }) modelId!: string;
  @ApiProperty(DATE) from!: string;
  @ApiProperty(DATE) to!: string;
  @ApiProperty({ type: StructureChangesAnswerCounts }) counts!: StructureChangesAnswerCounts;
  @ApiProperty({ type: [StructureChangesAnswerChange] }) changes!: StructureChangesAnswerChange[];
  @ApiProperty(NEXT) next!: string | null;
}

export class InquiriesPageInquiry {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() status!: string;
  @ApiProperty(DATE_AS_GIVEN) receivedOn!: string;
  @ApiProperty() from!: string;
  @ApiProperty() reference!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ type: 'array', items: FREE_FORM }) addressedTo!: Record<string, unknown>[];
  @ApiProperty({
    ...NULLABLE_DATE_AS_GIVEN,
    description: 'As given; a month or year is due at its end',
  })
  dueOn!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: 'array', items: FREE_FORM }) questions!: Record<string, unknown>[];
  @ApiProperty({ ...FREE_FORM, nullable: true }) closed!: Record<string, unknown> | null;
}

export class InquiriesPage {
  @ApiProperty({ type: [InquiriesPageInquiry] }) inquiries!: InquiriesPageInquiry[];
  @ApiProperty(NEXT) next!: string | null;
}

export class InquiryAnswer extends InquiriesPageInquiry {
  @ApiProperty({ type: [HistoryEventResponse] }) history!: HistoryEventResponse[];
}

export class CheckpointsAnswer {
  @ApiProperty({ type: [CheckpointResponse] }) checkpoints!: CheckpointResponse[];
  @ApiPropertyOptional({
    ...FREE_FORM,
    description: 'Present when there may be more: pass its `before` to get the older ones',
  })
  next?: { before: number };
}

export class IssuedCheckpointAnswer {
  @ApiProperty({ description: 'A checkpoint was issued (201); false: the latest covers the log' })
  issued!: boolean;
  @ApiProperty({ type: CheckpointResponse }) checkpoint!: CheckpointResponse;
}

export class InclusionProofAnswer {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() leafIndex!: number;
  @ApiProperty() treeSize!: number;
  @ApiProperty() leafHash!: string;
  @ApiProperty({ type: [String] }) auditPath!: string[];
  @ApiProperty({ type: CheckpointResponse }) checkpoint!: CheckpointResponse;
}

export class ConsistencyProofAnswer {
  @ApiProperty() from!: number;
  @ApiProperty() to!: number;
  @ApiProperty({ type: [String], description: 'Hashes, hex' }) proof!: string[];
  @ApiProperty({ type: CheckpointResponse, nullable: true })
  fromCheckpoint!: CheckpointResponse | null;
  @ApiProperty({ type: CheckpointResponse, nullable: true })
  toCheckpoint!: CheckpointResponse | null;
}

export class PublicKeyAnswer {
  @ApiProperty() algorithm!: string;
  @ApiProperty() keyName!: string;
  @ApiProperty() verifierKey!: string;
  @ApiProperty() publicKeyPem!: string;
}

export class VerificationAnswer {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['running', 'passed', 'failed', 'error', 'interrupted'] }) state!: string;
  @ApiProperty() requestedBy!: string;
  @ApiProperty({ ...DATE_TIME, type: String }) startedAt!: string;
  @ApiProperty({ ...DATE_TIME, type: String, nullable: true }) finishedAt!: string | null;
  @ApiProperty({ ...FREE_FORM, nullable: true, description: 'Events read of the log' })
  progress!: Record<string, unknown> | null;
  @ApiProperty({ ...FREE_FORM, nullable: true, description: 'The report, once finished' })
  result!: Record<string, unknown> | null;
}

class VerificationLinks {
  @ApiProperty({ description: 'Where to follow the verification' }) self!: string;
}

export class StartedVerificationAnswer extends VerificationAnswer {
  @ApiProperty({ type: VerificationLinks }) links!: VerificationLinks;
}

export class InquiryHistoryAnswer extends NextPage {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: [HistoryEventResponse] }) history!: HistoryEventResponse[];
}
