import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DATE, DATE_AS_GIVEN, NULLABLE_STRING } from '@app/projections';
import {
  ASSIGNMENT_KINDS,
  DIRECTIONS,
  GOAL_LEVELS,
  PROGRESSES,
  SECTION_KINDS,
  type Direction,
  type Progress,
} from '../domain';
import {
  AgreementsAnswerAgreement,
  EconomyResponse,
  IndicatorsAnswerIndicator,
  ScheduledFollowUpResponse,
} from './responses';

/**
 * The reference of the decision behind an adoption or a revision, and where it was taken. The
 * meeting and item are as the client sent them: absent when it left them out (the decider keeps
 * the reference as given).
 */
class DecisionRefResponse {
  @ApiProperty({ example: 'KAN 2023-12-13 § 98' }) reference!: string;
  @ApiPropertyOptional(NULLABLE_STRING) meetingId?: string | null;
  @ApiPropertyOptional(NULLABLE_STRING) itemId?: string | null;
}

class AgreementAdoptionResponse {
  @ApiProperty(DATE_AS_GIVEN) adoptedOn!: string;
  @ApiProperty({ type: DecisionRefResponse }) decision!: DecisionRefResponse;
}

class AgreementTerminationResponse {
  @ApiProperty(DATE_AS_GIVEN) terminatedOn!: string;
  @ApiProperty() why!: string;
}

/** A version of the agreement: version 1 as adopted, each revision from its own date. */
class VersionResponse {
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty(DATE_AS_GIVEN) effectiveFrom!: string;
  @ApiProperty({ ...NULLABLE_STRING, description: 'Why it was revised; null for version 1' })
  reason!: string | null;
  @ApiProperty({ type: DecisionRefResponse, nullable: true }) decision!: DecisionRefResponse | null;
}

class SectionResponse {
  @ApiProperty({ enum: SECTION_KINDS }) kind!: (typeof SECTION_KINDS)[number];
  @ApiProperty() heading!: string;
  @ApiProperty() text!: string;
}

/** A headed part of an assignment: "Syfte med uppdraget", "Målgrupp". */
class PartResponse {
  @ApiProperty() heading!: string;
  @ApiProperty() text!: string;
}

class MeasuredResponse {
  @ApiProperty({ example: '2023' }) period!: string;
  @ApiProperty() value!: number;
}

/** An indicator attached to the agreement, with its latest totals per period. */
class AgreementIndicatorResponse extends IndicatorsAnswerIndicator {
  @ApiProperty({ type: [MeasuredResponse], description: 'The total (T) per period, in order' })
  totals!: MeasuredResponse[];
}

class AgreementAssignmentResponse {
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ enum: ASSIGNMENT_KINDS }) kind!: (typeof ASSIGNMENT_KINDS)[number];
  @ApiProperty({ ...NULLABLE_STRING, example: '2.1' }) number!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [PartResponse] }) parts!: PartResponse[];
  @ApiProperty({ type: [String], description: 'The organisations that owe it, the first first' })
  owedBy!: string[];
  @ApiProperty({
    type: [ScheduledFollowUpResponse],
    description: 'Its follow-ups in the version in force, each with its status on asOf',
  })
  followUps!: ScheduledFollowUpResponse[];
  @ApiProperty({ type: [AgreementIndicatorResponse] }) indicators!: AgreementIndicatorResponse[];
}

class AgreementEconomyResponse extends EconomyResponse {
  @ApiProperty({ type: [ScheduledFollowUpResponse], description: 'The economic follow-ups' })
  followUps!: ScheduledFollowUpResponse[];
}

/** How an indicator measuring a desired result moves: its two latest totals and the verdict. */
class MeasureResponse {
  @ApiProperty({ format: 'uuid' }) indicatorId!: string;
  @ApiProperty({ type: MeasuredResponse, nullable: true }) latest!: MeasuredResponse | null;
  @ApiProperty({ type: MeasuredResponse, nullable: true }) previous!: MeasuredResponse | null;
  @ApiProperty({ enum: PROGRESSES }) progress!: Progress;
}

class DesiredResultResponse {
  @ApiProperty() text!: string;
  @ApiProperty({ enum: DIRECTIONS, nullable: true, description: 'null: not measurable' })
  direction!: Direction | null;
  @ApiProperty({ type: Number, nullable: true }) target!: number | null;
  @ApiProperty({ type: [MeasureResponse] }) measures!: MeasureResponse[];
}

class GoalPeriodResponse {
  @ApiProperty({ type: 'integer' }) fromYear!: number;
  @ApiProperty({ type: 'integer' }) toYear!: number;
}

class GoalResponse {
  @ApiProperty({ example: 'kf-1', description: "The agreement's own key for the goal" })
  goalId!: string;
  @ApiProperty({ enum: GOAL_LEVELS }) level!: (typeof GOAL_LEVELS)[number];
  @ApiProperty({ description: 'The council or board that set it' }) setBy!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: GoalPeriodResponse }) period!: GoalPeriodResponse;
  @ApiProperty(NULLABLE_STRING) reportedTo!: string | null;
  @ApiProperty({ type: [DesiredResultResponse] }) desiredResults!: DesiredResultResponse[];
  @ApiProperty({ type: [AgreementIndicatorResponse], description: 'Every indicator on the goal' })
  indicators!: AgreementIndicatorResponse[];
}

/** An agreement with everything in it as in force on asOf. */
export class AgreementAnswer extends AgreementsAnswerAgreement {
  @ApiProperty(DATE) asOf!: string;
  @ApiProperty({
    type: AgreementAdoptionResponse,
    nullable: true,
    description: 'null: not adopted by asOf',
  })
  adoption!: AgreementAdoptionResponse | null;
  @ApiProperty({ type: AgreementTerminationResponse, nullable: true })
  termination!: AgreementTerminationResponse | null;
  @ApiProperty({ type: VersionResponse, description: 'The version in force on asOf' })
  inForce!: VersionResponse;
  @ApiProperty({ type: [VersionResponse] }) versions!: VersionResponse[];
  @ApiProperty({ type: [String] }) scope!: string[];
  @ApiProperty({ type: [SectionResponse] }) sections!: SectionResponse[];
  @ApiProperty({ type: [AgreementAssignmentResponse] })
  assignments!: AgreementAssignmentResponse[];
  @ApiProperty({ type: AgreementEconomyResponse }) economy!: AgreementEconomyResponse;
  @ApiProperty({ type: [GoalResponse] }) goals!: GoalResponse[];
  @ApiProperty({ ...NULLABLE_STRING, description: 'As recorded by this moment; null: now' })
  knownAt!: string | null;
}
