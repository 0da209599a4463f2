import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CERTAINTY,
  DATE,
  DATE_AS_GIVEN,
  DATE_TIME,
  HistoryEventResponse,
  NextPage,
  NULLABLE_DATE,
  NULLABLE_STRING,
} from '@app/projections';
import {
  FOLLOW_UP_OUTCOMES,
  PARTY_ROLES,
  PERIODICITIES,
  REPORT_FORMS,
  SETTLEMENT_BASES,
  SETTLEMENT_PERIODS,
  SOURCE_KINDS,
  SUBJECT_KINDS,
  type AgreementStatus,
  type FollowUpStatus,
  type Periodicity,
  type ReportForm,
} from '../domain';

/** A party to the agreement and who represents it. */
class PartyResponse {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({
    enum: PARTY_ROLES,
    description: 'principal: orders the work and gives the assignments; provider: carries it out',
  })
  role!: (typeof PARTY_ROLES)[number];
  @ApiProperty({ example: 'nämndens sakkunniga tjänsteperson' }) representative!: string;
}

export class AgreementsAnswerAgreement {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The title of the version in force on asOf' }) title!: string;
  @ApiProperty({ enum: ['draft', 'adopted', 'in-force', 'expired', 'terminated'] })
  status!: AgreementStatus;
  @ApiProperty({
    ...CERTAINTY,
    description:
      'Uncertain while a date the status rests on (adoption, validity, a revision, termination), known to the month or year, may or may not have come on asOf',
  })
  certainty!: 'certain' | 'uncertain';
  @ApiProperty({ ...DATE_AS_GIVEN, description: 'As given: YYYY, YYYY-MM or YYYY-MM-DD' })
  validFrom!: string;
  @ApiProperty({ ...DATE_AS_GIVEN, description: 'Its last day in force, as given' })
  validTo!: string;
  @ApiProperty({ type: 'integer', description: 'The version in force on asOf' }) version!: number;
  @ApiProperty({ type: [PartyResponse] }) parties!: PartyResponse[];
}

export class AgreementsAnswer extends NextPage {
  @ApiProperty(DATE) asOf!: string;
  @ApiProperty({ type: [AgreementsAnswerAgreement] }) agreements!: AgreementsAnswerAgreement[];
}

/** How a line is settled: how often, on what basis, with a note. */
class EconomySettlementResponse {
  @ApiProperty({ enum: SETTLEMENT_PERIODS }) period!: (typeof SETTLEMENT_PERIODS)[number];
  @ApiProperty({ enum: SETTLEMENT_BASES }) basis!: (typeof SETTLEMENT_BASES)[number];
  @ApiProperty(NULLABLE_STRING) note!: string | null;
}

/** One line as the agreement states it (amounts in tkr), with volume × unit price beside it. */
export class EconomyAnswerLine {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ type: Number, nullable: true }) volume!: number | null;
  @ApiProperty() activity!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'null: not priced per unit' })
  unitPrice!: number | null;
  @ApiProperty({ type: EconomySettlementResponse }) settlement!: EconomySettlementResponse;
  @ApiProperty() compensation!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Volume × unit price; null when either is missing (the line is not compared)',
  })
  computed!: number | null;
  @ApiProperty({
    description: 'Computed and differing from the compensation (flagged, not refused)',
  })
  mismatch!: boolean;
}

export class EconomyAnswerTotal {
  @ApiProperty() year!: number;
  @ApiProperty() compensation!: number;
}

/** The economy of a version: its lines, their totals per year, how many lines are flagged. */
export class EconomyResponse {
  @ApiProperty({ type: [EconomyAnswerLine] }) lines!: EconomyAnswerLine[];
  @ApiProperty({ type: [EconomyAnswerTotal] }) totals!: EconomyAnswerTotal[];
  @ApiProperty() mismatches!: number;
}

export class EconomyAnswer extends EconomyResponse {
  @ApiProperty(DATE) asOf!: string;
  @ApiProperty({ format: 'uuid' }) agreementId!: string;
  @ApiProperty({
    ...CERTAINTY,
    description:
      'Uncertain while a revision, dated to the month or year, may or may not have taken effect on asOf',
  })
  certainty!: 'certain' | 'uncertain';
}

/** Where an indicator's values come from: the municipality's own figures, or a Kolada KPI. */
class IndicatorSourceResponse {
  @ApiProperty({ enum: SOURCE_KINDS }) kind!: (typeof SOURCE_KINDS)[number];
  @ApiProperty({ ...NULLABLE_STRING, example: 'N00945', description: 'null for own figures' })
  kpiId!: string | null;
}

/** What the indicator follows in an agreement: an assignment, or a goal (one of its results). */
class IndicatorTargetResponse {
  @ApiProperty({ format: 'uuid' }) agreementId!: string;
  @ApiProperty({ ...NULLABLE_STRING, description: 'null when it follows a goal' })
  assignmentId!: string | null;
  @ApiProperty({ ...NULLABLE_STRING, description: 'null when it follows an assignment' })
  goalId!: string | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: "The index of the goal's desired result it measures; null: the goal as a whole",
  })
  desiredResult!: number | null;
}

export class IndicatorsAnswerIndicator {
  @ApiProperty() name!: string;
  @ApiProperty() unit!: string;
  @ApiProperty({ type: IndicatorSourceResponse }) source!: IndicatorSourceResponse;
  @ApiProperty({ type: IndicatorTargetResponse }) attachedTo!: IndicatorTargetResponse;
  @ApiProperty({ format: 'uuid' }) indicatorId!: string;
  @ApiProperty({ enum: PERIODICITIES }) periodicity!: Periodicity;
  @ApiProperty() dividedByGender!: boolean;
}

export class IndicatorsAnswer extends NextPage {
  @ApiProperty({ type: [IndicatorsAnswerIndicator] }) indicators!: IndicatorsAnswerIndicator[];
}

class FollowUpAgreementResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The title of the version in force on asOf' }) title!: string;
}

/** When the written material is due before the follow-up, and to whom. */
class FollowUpMaterialResponse {
  @ApiProperty(DATE) dueOn!: string;
  @ApiProperty() to!: string;
}

/** The delivery (or the miss) recorded on or before asOf. */
class FollowUpRecordResponse {
  @ApiProperty({ ...NULLABLE_STRING, description: 'null: an economic follow-up' })
  assignmentId!: string | null;
  @ApiProperty(DATE_AS_GIVEN) dueOn!: string;
  @ApiProperty({ enum: FOLLOW_UP_OUTCOMES }) outcome!: (typeof FOLLOW_UP_OUTCOMES)[number];
  @ApiProperty({ ...DATE_AS_GIVEN, description: 'The day it was delivered, or found missed' })
  on!: string;
  @ApiProperty({ enum: REPORT_FORMS, nullable: true }) form!: ReportForm | null;
  @ApiProperty(NULLABLE_STRING) meetingId!: string | null;
  @ApiProperty(NULLABLE_STRING) itemId!: string | null;
  @ApiProperty(NULLABLE_STRING) documentReference!: string | null;
  @ApiProperty(NULLABLE_STRING) summary!: string | null;
}

/** One follow-up the version in force schedules, with its status on asOf. */
export class ScheduledFollowUpResponse {
  @ApiProperty({ description: "The agreement's own key: what it follows up and its date" })
  key!: string;
  @ApiProperty({ ...NULLABLE_STRING, description: 'null: an economic follow-up' })
  assignmentId!: string | null;
  @ApiProperty() what!: string;
  @ApiProperty({ ...DATE_AS_GIVEN, description: 'As planned; a month or year is due at its end' })
  dueOn!: string;
  @ApiProperty({ enum: REPORT_FORMS }) form!: ReportForm;
  @ApiProperty(NULLABLE_STRING) note!: string | null;
  @ApiProperty({ description: 'To whom it is reported' }) to!: string;
  @ApiProperty({
    type: FollowUpMaterialResponse,
    nullable: true,
    description: 'null when the plan asks for no written material',
  })
  material!: FollowUpMaterialResponse | null;
  @ApiProperty({
    type: [String],
    description: "The organisations that owe it: the assignment's debtors, or the providers",
  })
  owedBy!: string[];
  @ApiProperty({ enum: ['due', 'overdue', 'delivered', 'missed'] }) status!: FollowUpStatus;
  @ApiProperty({
    ...CERTAINTY,
    description:
      'Uncertain while the delivery or miss, recorded to the month or year, may or may not have come on asOf',
  })
  certainty!: 'certain' | 'uncertain';
  @ApiProperty({ type: FollowUpRecordResponse, nullable: true, description: 'null: none yet' })
  recorded!: FollowUpRecordResponse | null;
}

/** A follow-up in the calendar across agreements: with its agreement and assignment named. */
class FollowUpResponse extends ScheduledFollowUpResponse {
  @ApiProperty({ type: FollowUpAgreementResponse }) agreement!: FollowUpAgreementResponse;
  @ApiProperty(NULLABLE_STRING) assignmentTitle!: string | null;
}

export class FollowUpsAnswer extends NextPage {
  @ApiProperty(DATE) asOf!: string;
  @ApiProperty(NULLABLE_DATE) from!: string | null;
  @ApiProperty(NULLABLE_DATE) to!: string | null;
  @ApiProperty({
    type: [FollowUpResponse],
    description: 'What falls due (or whose material falls due) in the window',
  })
  followUps!: FollowUpResponse[];
}

/** Where a value came from: its source, when it was retrieved and recorded, the document's hash. */
class IndicatorProvenanceResponse {
  @ApiProperty({ enum: SOURCE_KINDS }) source!: (typeof SOURCE_KINDS)[number];
  @ApiProperty({
    example: '2024-03-01T08:00:00Z',
    description: 'A timestamp with its zone, as recorded (seconds may be left out)',
  })
  retrievedAt!: string;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: "The source document's SHA-256" })
  sha256!: string;
  @ApiProperty({ ...NULLABLE_STRING, description: 'Where the source document is kept' })
  document!: string | null;
  @ApiProperty({ ...DATE_TIME, description: 'When this recording was made' })
  recordedAt!: string;
}

/** The latest recording of one gender's value; null when the source has none, status says why. */
class IndicatorGenderValueResponse {
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty(NULLABLE_STRING) status!: string | null;
  @ApiProperty({ type: Number, nullable: true }) count!: number | null;
  @ApiProperty({ type: IndicatorProvenanceResponse }) provenance!: IndicatorProvenanceResponse;
}

/** By gender, each only where recorded: T the total, K women, M men (as Kolada names them). */
class IndicatorValuesByGender {
  @ApiPropertyOptional({ type: IndicatorGenderValueResponse }) T?: IndicatorGenderValueResponse;
  @ApiPropertyOptional({ type: IndicatorGenderValueResponse }) K?: IndicatorGenderValueResponse;
  @ApiPropertyOptional({ type: IndicatorGenderValueResponse }) M?: IndicatorGenderValueResponse;
}

class IndicatorPeriodValues {
  @ApiProperty({ example: '2023' }) period!: string;
  @ApiProperty({ ...NULLABLE_STRING, description: 'SCB code; null for the indicator as a whole' })
  municipality!: string | null;
  @ApiProperty({ type: IndicatorValuesByGender }) values!: IndicatorValuesByGender;
}

export class IndicatorValuesAnswer extends IndicatorsAnswerIndicator {
  @ApiProperty({ type: [IndicatorPeriodValues] }) periods!: IndicatorPeriodValues[];
}

/** One dimension's scores in a round; the figures are null when nobody scored it. */
class DimensionStatisticsResponse {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: 'integer', description: 'How many scored it' }) n!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Two decimals' }) mean!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Standard deviation, two decimals' })
  spread!: number | null;
  @ApiProperty({ type: Number, nullable: true }) min!: number | null;
  @ApiProperty({ type: Number, nullable: true }) max!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: "The mean's change since the round before; null in the first round",
  })
  change!: number | null;
}

/** How many of an organisation's people answered the round. */
class RespondentsResponse {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) count!: number;
}

class EvaluationRoundSummary {
  @ApiProperty({ type: 'integer' }) round!: number;
  @ApiProperty(DATE_AS_GIVEN) heldOn!: string;
  @ApiProperty({ type: [RespondentsResponse], description: 'By organisation' })
  respondents!: RespondentsResponse[];
  @ApiProperty({
    type: [DimensionStatisticsResponse],
    description: 'Per dimension: mean, spread and change since the round before',
  })
  dimensions!: DimensionStatisticsResponse[];
}

/** What an evaluation assesses: a collaboration model or an agreement. */
class EvaluationSubjectResponse {
  @ApiProperty({ enum: SUBJECT_KINDS }) kind!: (typeof SUBJECT_KINDS)[number];
  @ApiProperty({ format: 'uuid' }) id!: string;
}

class EvaluationDimensionResponse {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
}

class EvaluationScaleResponse {
  @ApiProperty({ example: 1 }) min!: number;
  @ApiProperty({ example: 5 }) max!: number;
}

/** The instrument (what it assesses, its dimensions and scale) and each round's statistics. */
export class EvaluationAnswer {
  @ApiProperty({ format: 'uuid' }) evaluationId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: EvaluationSubjectResponse }) subject!: EvaluationSubjectResponse;
  @ApiProperty({ type: [EvaluationDimensionResponse] })
  dimensions!: EvaluationDimensionResponse[];
  @ApiProperty({ type: EvaluationScaleResponse }) scale!: EvaluationScaleResponse;
  @ApiProperty(DATE_AS_GIVEN) definedOn!: string;
  @ApiProperty({ type: [EvaluationRoundSummary] }) rounds!: EvaluationRoundSummary[];
}

export class AgreementHistoryAnswer extends NextPage {
  @ApiProperty({ format: 'uuid' }) agreementId!: string;
  @ApiProperty({ type: [HistoryEventResponse] }) events!: HistoryEventResponse[];
}
