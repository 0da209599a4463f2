import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '@app/kernel';
import {
  DATE,
  DATE_AS_GIVEN,
  DATE_TIME,
  EVENT_DATA,
  HistoryEventResponse,
  NEXT,
  NextPage,
  NULLABLE_DATE_AS_GIVEN,
  NULLABLE_STRING,
} from '@app/projections';
import { CHANGE_KINDS } from '../changes/change-kinds';
import type { InquiryStatus } from '../domain';
import type { EntityLink } from '../trail/entity-links';
import type { TrailEntry } from '../trail/trail-entry.view';
import type { LogProblem } from '../verification/log-report';
import type { VerificationProgress, VerificationState } from '../verification/verification-jobs';

const CHANGE_KIND_NAMES = [...new Set(Object.values(CHANGE_KINDS))];

export class CheckpointResponse {
  @ApiProperty() treeSize!: number;
  @ApiProperty() rootHash!: string;
  @ApiProperty(DATE_TIME) issuedAt!: string;
  @ApiProperty() note!: string;
}

/** Where an entity is read over the API (null: a kind without a resource of its own). */
export class EntityLinkResponse implements EntityLink {
  @ApiProperty({ example: 'group' }) kind!: string;
  @ApiProperty() id!: string;
  @ApiProperty({ ...NULLABLE_STRING, example: '/api/v1/groups/6b58ef41-…' }) href!: string | null;
  @ApiProperty({ ...NULLABLE_STRING, example: '/api/v1/groups/6b58ef41-…/history' })
  historyHref!: string | null;
}

/** Who recorded an event, as its metadata says. */
export class TrailActorResponse {
  @ApiProperty({ description: "The subject (the token's sub)" }) id!: string;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiProperty({ example: 'NAF' }) organisation!: string;
}

export class AuditEventsPageEvent implements TrailEntry {
  @ApiProperty({ description: 'Global position (a decimal string)' }) position!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'GroupFormed' }) type!: string;
  @ApiProperty() schemaVersion!: number;
  @ApiProperty({ type: EntityLinkResponse }) entity!: EntityLinkResponse;
  @ApiProperty() stream!: string;
  @ApiProperty() revision!: number;
  @ApiProperty(NULLABLE_DATE_AS_GIVEN) validFrom!: string | null;
  @ApiProperty(DATE_TIME) recordedAt!: string;
  @ApiProperty() recordedLateByDays!: number;
  @ApiProperty({ type: TrailActorResponse }) actor!: TrailActorResponse;
  @ApiProperty(NULLABLE_STRING) onBehalfOf!: string | null;
  @ApiProperty(NULLABLE_STRING) reason!: string | null;
  @ApiProperty() correlationId!: string;
  @ApiProperty(NULLABLE_STRING) causationId!: string | null;
  @ApiProperty(EVENT_DATA) data!: unknown;
  @ApiProperty({ description: 'SHA-256 of the event, hex' }) hash!: string;
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

/** An event of the window, flagged when it is about a time before the window opened. */
export class AuditChangeResponse extends AuditEventsPageEvent {
  @ApiProperty({ description: 'Dated before `since`: recorded in the window about the past' })
  retroactive!: boolean;
}

export class AuditChangesAnswerEntity {
  @ApiProperty({ type: EntityLinkResponse }) entity!: EntityLinkResponse;
  @ApiProperty() events!: number;
  @ApiProperty() retroactive!: number;
  @ApiProperty({ type: [AuditChangeResponse] }) changes!: AuditChangeResponse[];
}

export class AuditChangesAnswer {
  @ApiProperty(DATE_TIME) since!: string;
  @ApiProperty(DATE_TIME) until!: string;
  @ApiProperty({ type: AuditChangesAnswerCounts }) counts!: AuditChangesAnswerCounts;
  @ApiProperty({ type: [AuditChangesAnswerEntity] }) entities!: AuditChangesAnswerEntity[];
  @ApiProperty(NEXT) next!: string | null;
}

export class StructureChangesAnswerCounts {
  @ApiProperty() total!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Changes by kind (the `kind` of a change); a kind with none is left out',
    example: { 'seat-started': 12, 'seat-ended': 4 },
  })
  byKind!: Record<string, number>;
}

export class ChangedGroupResponse {
  @ApiProperty() id!: string;
  @ApiProperty(NULLABLE_STRING) name!: string | null;
}

export class StructureChangesAnswerChange {
  @ApiProperty(DATE_AS_GIVEN) date!: string;
  @ApiProperty({ enum: CHANGE_KIND_NAMES }) kind!: string;
  @ApiProperty({ example: 'MemberAdded' }) type!: string;
  @ApiProperty({ type: EntityLinkResponse }) entity!: EntityLinkResponse;
  @ApiProperty({
    type: ChangedGroupResponse,
    nullable: true,
    description: 'The group (null: the model itself or a post)',
  })
  group!: ChangedGroupResponse | null;
  @ApiProperty(EVENT_DATA) data!: unknown;
  @ApiProperty(DATE_TIME) recordedAt!: string;
  @ApiProperty({ type: TrailActorResponse }) actor!: TrailActorResponse;
  @ApiProperty(NULLABLE_STRING) onBehalfOf!: string | null;
  @ApiProperty(NULLABLE_STRING) reason!: string | null;
  @ApiProperty({ description: 'Global position (a decimal string)' }) position!: string;
}

export class StructureChangesAnswer {
  @ApiProperty() modelId!: string;
  @ApiProperty(DATE) from!: string;
  @ApiProperty(DATE) to!: string;
  @ApiProperty({ type: StructureChangesAnswerCounts }) counts!: StructureChangesAnswerCounts;
  @ApiProperty({ type: [StructureChangesAnswerChange] }) changes!: StructureChangesAnswerChange[];
  @ApiProperty(NEXT) next!: string | null;
}

export class AddresseeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty(NULLABLE_STRING) name!: string | null;
  @ApiProperty(NULLABLE_STRING) shortName!: string | null;
}

/** An answer: by a decision item of a meeting (meetingId, itemId, href) or in writing (text). */
export class QuestionAnswerResponse {
  @ApiProperty({ enum: ['decision', 'written'] }) kind!: 'decision' | 'written';
  @ApiProperty(DATE_AS_GIVEN) answeredOn!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'kind decision' }) meetingId?: string;
  @ApiPropertyOptional({ description: 'kind decision' }) itemId?: string;
  @ApiPropertyOptional({
    ...NULLABLE_STRING,
    example: '§ 42/23',
    description: "kind decision: the item's number as the minutes print it; null: unnumbered",
  })
  number?: string | null;
  @ApiPropertyOptional({ description: 'kind decision: the meeting', example: '/api/v1/meetings/…' })
  href?: string;
  @ApiPropertyOptional({ description: 'kind written' }) text?: string;
  @ApiPropertyOptional({ ...NULLABLE_STRING, description: 'kind written' })
  documentReference?: string | null;
}

export class QuestionResponse {
  @ApiProperty({ description: "The question's number in the inquiry, from 1" }) id!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: QuestionAnswerResponse, nullable: true, description: 'null: unanswered' })
  answer!: QuestionAnswerResponse | null;
}

export class InquiryClosedResponse {
  @ApiProperty(DATE_AS_GIVEN) closedOn!: string;
  @ApiProperty(NULLABLE_STRING) note!: string | null;
}

export class InquiriesPageInquiry {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['open', 'answered', 'closed'] }) status!: InquiryStatus;
  @ApiProperty(DATE_AS_GIVEN) receivedOn!: string;
  @ApiProperty() from!: string;
  @ApiProperty({ ...NULLABLE_STRING, description: "The auditors' reference or the case number" })
  reference!: string | null;
  @ApiProperty() subject!: string;
  @ApiProperty({ type: [AddresseeResponse] }) addressedTo!: AddresseeResponse[];
  @ApiProperty({
    ...NULLABLE_DATE_AS_GIVEN,
    description: 'As given; a month or year is due at its end',
  })
  dueOn!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: [QuestionResponse] }) questions!: QuestionResponse[];
  @ApiProperty({ type: InquiryClosedResponse, nullable: true })
  closed!: InquiryClosedResponse | null;
}

export class InquiriesPage {
  @ApiProperty({ type: [InquiriesPageInquiry] }) inquiries!: InquiriesPageInquiry[];
  @ApiProperty(NEXT) next!: string | null;
}

export class InquiryAnswer extends InquiriesPageInquiry {
  @ApiProperty({
    type: [HistoryEventResponse],
    nullable: true,
    description: 'null for a caller without history.read (a dashboard)',
  })
  history!: HistoryEventResponse[] | null;
}

export class CheckpointsAnswer {
  @ApiProperty({ type: [CheckpointResponse] }) checkpoints!: CheckpointResponse[];
  @ApiProperty(NEXT) next!: string | null;
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

class VerificationProgressResponse implements VerificationProgress {
  @ApiProperty() eventsRead!: number;
  @ApiProperty({ type: Number, nullable: true }) eventsExpected!: number | null;
}

class BreakCheckpoint {
  @ApiProperty() treeSize!: number;
  @ApiPropertyOptional(DATE_TIME) issuedAt?: string;
}

/** One break the verification found: what broke and where. */
class LogBreakResponse {
  @ApiProperty({
    enum: [
      'revision-gap',
      'prev-hash',
      'hash',
      'checkpoint-signature',
      'checkpoint-origin',
      'checkpoint-root',
      'truncated',
      'kept-checkpoint',
      'consistency',
      'tree-read-model',
    ] satisfies LogProblem[],
  })
  problem!: LogProblem;
  @ApiProperty() tenant!: string;
  @ApiPropertyOptional() stream?: string;
  @ApiPropertyOptional() revision?: string;
  @ApiPropertyOptional() leafIndex?: number;
  @ApiPropertyOptional({ type: BreakCheckpoint }) checkpoint?: BreakCheckpoint;
  @ApiPropertyOptional({
    type: [Number],
    minItems: 2,
    maxItems: 2,
    description: 'The leaves among which the change lies, [from, to)',
  })
  leaves?: [number, number];
  @ApiProperty() detail!: string;
}

class TenantSummaryResponse {
  @ApiProperty() tenant!: string;
  @ApiProperty() leaves!: number;
  @ApiProperty() checkpoints!: number;
  @ApiProperty({ description: 'The size of the latest checkpoint the log matched' })
  verifiedUpTo!: number;
}

/** The report of a finished verification, or (state error) only the error. */
class VerificationResult {
  @ApiPropertyOptional() ok?: boolean;
  @ApiPropertyOptional() events?: number;
  @ApiPropertyOptional() streams?: number;
  @ApiPropertyOptional({ type: [TenantSummaryResponse] }) tenants?: TenantSummaryResponse[];
  @ApiPropertyOptional({ type: [LogBreakResponse] }) breaks?: LogBreakResponse[];
  @ApiPropertyOptional({ description: 'state error: what stopped it' }) error?: string;
}

export class VerificationAnswer {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['running', 'passed', 'failed', 'error', 'interrupted'] })
  state!: VerificationState;
  @ApiProperty() requestedBy!: string;
  @ApiProperty({ ...DATE_TIME, type: String }) startedAt!: string;
  @ApiProperty({ ...DATE_TIME, type: String, nullable: true }) finishedAt!: string | null;
  @ApiProperty({
    type: VerificationProgressResponse,
    nullable: true,
    description: 'Events read of the log',
  })
  progress!: VerificationProgressResponse | null;
  @ApiProperty({
    type: VerificationResult,
    nullable: true,
    description: 'The report, once finished (or the error that stopped it)',
  })
  result!: VerificationResult | null;
}

class VerificationLinks {
  @ApiProperty({ description: 'Where to follow the verification' }) self!: string;
}

export class StartedVerificationAnswer extends VerificationAnswer {
  @ApiProperty({ type: VerificationLinks }) links!: VerificationLinks;
}

export class InquiryHistoryAnswer extends NextPage {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    type: [HistoryEventResponse],
    nullable: true,
    description: 'null for a caller without history.read (a dashboard)',
  })
  history!: HistoryEventResponse[] | null;
}
