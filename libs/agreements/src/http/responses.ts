import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DATE,
  DATE_TIME,
  FREE_FORM,
  HistoryEventResponse,
  NextPage,
  NULLABLE_DATE,
  NULLABLE_STRING,
} from '@app/projections';
import { PERIODICITIES, SOURCE_KINDS, type Periodicity } from '../domain';

export class AgreementsAnswerAgreement {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() status!: string;
  @ApiProperty(DATE) validFrom!: string;
  @ApiProperty(DATE) validTo!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: 'array', items: FREE_FORM }) parties!: Record<string, unknown>[];
}

export class AgreementsAnswer extends NextPage {
  @ApiProperty(DATE) asOf!: string;
  @ApiProperty({ type: [AgreementsAnswerAgreement] }) agreements!: AgreementsAnswerAgreement[];
}

export class AgreementAnswer extends AgreementsAnswerAgreement {
  @ApiProperty(DATE) asOf!: string;
  @ApiProperty({ ...FREE_FORM, nullable: true }) adoption!: Record<string, unknown> | null;
  @ApiProperty({ ...FREE_FORM, nullable: true }) termination!: Record<string, unknown> | null;
  @ApiProperty({ ...FREE_FORM, nullable: true }) inForce!: Record<string, unknown> | null;
  @ApiProperty({ type: 'array', items: FREE_FORM }) versions!: Record<string, unknown>[];
  @ApiProperty({ type: [String] }) scope!: string[];
  @ApiProperty({ type: 'array', items: FREE_FORM }) sections!: Record<string, unknown>[];
  @ApiProperty({ type: 'array', items: FREE_FORM }) assignments!: Record<string, unknown>[];
  @ApiProperty({ ...FREE_FORM, nullable: true }) economy!: Record<string, unknown> | null;
  @ApiProperty({ type: 'array', items: FREE_FORM }) goals!: Record<string, unknown>[];
  @ApiProperty(NULLABLE_STRING) knownAt!: string | null;
}

export class EconomyAnswerLine {
  @ApiProperty() year!: number;
  @ApiProperty() volume!: number;
  @ApiProperty() activity!: string;
  @ApiProperty(NULLABLE_STRING) unitPrice!: string | null;
  @ApiProperty({ ...FREE_FORM, nullable: true }) settlement!: Record<string, unknown> | null;
  @ApiProperty() compensation!: number;
  @ApiProperty({ ...FREE_FORM, nullable: true }) computed!: Record<string, unknown> | null;
  @ApiProperty() mismatch!: boolean;
}

export class EconomyAnswerTotal {
  @ApiProperty() year!: number;
  @ApiProperty() compensation!: number;
}

export class EconomyAnswer {
  @ApiProperty(DATE) asOf!: string;
  @ApiProperty({ format: 'uuid' }) agreementId!: string;
  @ApiProperty({ type: [EconomyAnswerLine] }) lines!: EconomyAnswerLine[];
  @ApiProperty({ type: [EconomyAnswerTotal] }) totals!: EconomyAnswerTotal[];
  @ApiProperty() mismatches!: number;
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

export class FollowUpsAnswer extends NextPage {
  @ApiProperty(DATE) asOf!: string;
  @ApiProperty(NULLABLE_DATE) from!: string | null;
  @ApiProperty(NULLABLE_DATE) to!: string | null;
  @ApiProperty({
    type: 'array',
    items: FREE_FORM,
    description: 'What falls due in the window: agreement, assignment, owed by, due, status',
  })
  followUps!: Record<string, unknown>[];
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

class EvaluationRoundSummary {
  @ApiProperty() round!: number;
  @ApiProperty(DATE) heldOn!: string;
  @ApiProperty() respondents!: number;
  @ApiProperty({
    type: [DimensionStatisticsResponse],
    description: 'Per dimension: mean, spread and change since the round before',
  })
  dimensions!: DimensionStatisticsResponse[];
}

/** The instrument (what it assesses, its dimensions and scale) and each round's statistics. */
export class EvaluationAnswer {
  @ApiProperty({ type: [EvaluationRoundSummary] }) rounds!: EvaluationRoundSummary[];
}

export class AgreementHistoryAnswer extends NextPage {
  @ApiProperty({ format: 'uuid' }) agreementId!: string;
  @ApiProperty({ type: [HistoryEventResponse] }) events!: HistoryEventResponse[];
}
