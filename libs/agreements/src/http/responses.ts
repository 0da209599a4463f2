import { ApiProperty } from '@nestjs/swagger';
import {
  DATE,
  FREE_FORM,
  HistoryEventResponse,
  NextPage,
  NULLABLE_DATE,
  NULLABLE_STRING,
} from '@app/projections';

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

export class IndicatorsAnswerIndicator {
  @ApiProperty() name!: string;
  @ApiProperty() unit!: string;
  @ApiProperty({ ...FREE_FORM }) source!: Record<string, unknown>;
  @ApiProperty({ ...FREE_FORM, nullable: true }) attachedTo!: Record<string, unknown> | null;
  @ApiProperty({ format: 'uuid' }) indicatorId!: string;
  @ApiProperty() periodicity!: string;
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

class IndicatorPeriodValues {
  @ApiProperty({ example: '2023' }) period!: string;
  @ApiProperty({ ...NULLABLE_STRING, description: 'SCB code; null for the indicator as a whole' })
  municipality!: string | null;
  @ApiProperty({
    ...FREE_FORM,
    description: 'By gender (T, K, M): value, status, count and provenance',
  })
  values!: Record<string, unknown>;
}

export class IndicatorValuesAnswer extends IndicatorsAnswerIndicator {
  @ApiProperty({ type: [IndicatorPeriodValues] }) periods!: IndicatorPeriodValues[];
}

class EvaluationRoundSummary {
  @ApiProperty() round!: number;
  @ApiProperty(DATE) heldOn!: string;
  @ApiProperty() respondents!: number;
  @ApiProperty({
    type: 'array',
    items: FREE_FORM,
    description: 'Per dimension: mean, spread and change since the round before',
  })
  dimensions!: Record<string, unknown>[];
}

/** The instrument (what it assesses, its dimensions and scale) and each round's statistics. */
export class EvaluationAnswer {
  @ApiProperty({ type: [EvaluationRoundSummary] }) rounds!: EvaluationRoundSummary[];
}

export class AgreementHistoryAnswer extends NextPage {
  @ApiProperty({ format: 'uuid' }) agreementId!: string;
  @ApiProperty({ type: [HistoryEventResponse] }) events!: HistoryEventResponse[];
}
