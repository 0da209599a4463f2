import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, Min } from 'class-validator';
import {
  CommandBodyDto,
  Id,
  Int,
  List,
  Nested,
  OneOf,
  OptionalId,
  OptionalNested,
  OptionalOneOf,
  OptionalSourceDate,
  OptionalText,
  SourceDate,
  Text,
  Texts,
} from '@app/platform';
// An agreement's assignment joins the one register of assignments: its debtors are that register's.
import { DebtorDto } from '@app/meetings';
import {
  ASSIGNMENT_KINDS,
  DIRECTIONS,
  FOLLOW_UP_OUTCOMES,
  GOAL_LEVELS,
  PARTY_ROLES,
  REPORT_FORMS,
  SECTION_KINDS,
  SETTLEMENT_BASES,
  SETTLEMENT_PERIODS,
} from '../../domain';

/** An optional amount (tkr, volume): a number, 0 or more, or null. */
const OptionalAmount = (description: string) => (target: object, key: string) => {
  ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, description })(target, key);
  IsOptional()(target, key);
  IsNumber({ allowNaN: false, allowInfinity: false })(target, key);
  Min(0)(target, key);
};

export class PartyDto {
  @Id()
  organisationId!: string;

  @OneOf(PARTY_ROLES, {
    description: 'principal orders and gives the assignments; provider carries them out',
  })
  role!: (typeof PARTY_ROLES)[number];

  @Text(200, { example: 'nämndens sakkunniga tjänsteperson' })
  representative!: string;
}

export class SectionDto {
  @OneOf(SECTION_KINDS)
  kind!: (typeof SECTION_KINDS)[number];

  @Text(200, { example: 'Insyn och tillsyn' })
  heading!: string;

  @Text(20000)
  text!: string;
}

export class DraftAgreementDto extends CommandBodyDto {
  @Text(300, { example: 'Överenskommelse mellan KAN och DSO 2024' })
  title!: string;

  @List(() => PartyDto, 10, { min: 2 })
  parties!: PartyDto[];

  @SourceDate()
  validFrom!: string;

  @SourceDate({ description: 'Its last day in force; a month or year: its end at the latest' })
  validTo!: string;

  @Texts(50, 500, { description: 'The activities the agreement covers' })
  scope?: string[];

  @List(() => SectionDto, 50)
  sections?: SectionDto[];

  @SourceDate({ description: 'The day the draft was made' })
  draftedOn!: string;
}

export class PartDto {
  @Text(200, { example: 'Målgrupp' })
  heading!: string;

  @Text(20000)
  text!: string;
}

export class FollowUpDateDto {
  @SourceDate({ description: 'A month or year is due at its end', example: '2024-05-29' })
  on!: string;

  @OneOf(REPORT_FORMS)
  form!: (typeof REPORT_FORMS)[number];

  @OptionalText(200, { example: 'helår 2023' })
  note?: string | null;
}

export class MaterialDto {
  @Int(0, 365, { description: 'Days before the follow-up the written material is due' })
  daysBefore!: number;

  @Text(200, { example: 'nämndens sakkunniga' })
  to!: string;
}

export class FollowUpPlanRowDto {
  @Text(2000)
  what!: string;

  @Text(200, { example: 'Kompetens- och arbetsmarknadsnämnden' })
  to!: string;

  @List(() => FollowUpDateDto, 60, { min: 1 })
  dates!: FollowUpDateDto[];

  @OptionalNested(() => MaterialDto)
  material?: MaterialDto | null;
}

export class AddAgreementAssignmentDto extends CommandBodyDto {
  @OneOf(ASSIGNMENT_KINDS, { description: 'base (grunduppdrag) or special (särskilt uppdrag)' })
  kind!: (typeof ASSIGNMENT_KINDS)[number];

  @OptionalText(20, { example: '2.1' })
  number?: string | null;

  @Text(300, { example: 'Grunduppdrag Arbetsmarknadsverksamhet' })
  title!: string;

  @Text(2000, { description: 'What is asked, as the register of assignments shows it' })
  what!: string;

  @List(() => PartDto, 50)
  parts?: PartDto[];

  @Nested(() => DebtorDto)
  owedBy!: DebtorDto;

  @List(() => DebtorDto, 20, { description: 'Organisations owing it together with owedBy' })
  jointlyWith?: DebtorDto[];

  @List(() => FollowUpPlanRowDto, 50)
  followUps?: FollowUpPlanRowDto[];

  @OptionalSourceDate({ description: 'Default: the first day of the agreement' })
  issuedOn?: string | null;

  @OptionalSourceDate({ description: 'Default: the last day of the agreement' })
  dueOn?: string | null;
}

export class SettlementDto {
  @OneOf(SETTLEMENT_PERIODS)
  period!: (typeof SETTLEMENT_PERIODS)[number];

  @OneOf(SETTLEMENT_BASES, { description: 'allocation (1/12 by accounting order), actual-cost, …' })
  basis!: (typeof SETTLEMENT_BASES)[number];

  @OptionalText(500, { example: 'ersätts med 1/12-delar genom bokföringsorder' })
  note?: string | null;
}

export class EconomyLineDto {
  @Text(300)
  activity!: string;

  @Int(1900, 2200)
  year!: number;

  @OptionalAmount('Volume, e.g. places or 1 for the whole activity')
  volume?: number | null;

  @OptionalAmount('Unit price, tkr')
  unitPrice?: number | null;

  @OptionalAmount('Compensation, tkr')
  compensation!: number;

  @Nested(() => SettlementDto)
  settlement!: SettlementDto;
}

export class SetEconomyDto extends CommandBodyDto {
  @List(() => EconomyLineDto, 100)
  economy!: EconomyLineDto[];

  @List(() => FollowUpPlanRowDto, 20, { description: 'Economic follow-ups on their own dates' })
  economicFollowUps?: FollowUpPlanRowDto[];
}

export class DesiredResultDto {
  @Text(2000)
  text!: string;

  @OptionalOneOf(DIRECTIONS, { description: 'The direction wanted, where it can be measured' })
  direction?: (typeof DIRECTIONS)[number] | null;

  @OptionalAmount('The value that counts as reached')
  target?: number | null;
}

export class GoalPeriodDto {
  @Int(1900, 2200)
  fromYear!: number;

  @Int(1900, 2200)
  toYear!: number;
}

export class GoalDto {
  @Text(50, { example: 'kf-1' })
  goalId!: string;

  @OneOf(GOAL_LEVELS)
  level!: (typeof GOAL_LEVELS)[number];

  @Id({ description: 'The council or board that set it' })
  setBy!: string;

  @Text(2000)
  text!: string;

  @Nested(() => GoalPeriodDto)
  period!: GoalPeriodDto;

  @OptionalText(200)
  reportedTo?: string | null;

  @List(() => DesiredResultDto, 20)
  desiredResults?: DesiredResultDto[];
}

export class AddGoalDto extends CommandBodyDto {
  @Nested(() => GoalDto)
  goal!: GoalDto;
}

export class DecisionRefDto {
  @Text(300, { example: 'KAN 2023-12-13 § 98' })
  reference!: string;

  @OptionalId()
  meetingId?: string | null;

  @OptionalId()
  itemId?: string | null;
}

export class AdoptAgreementDto extends CommandBodyDto {
  @SourceDate()
  adoptedOn!: string;

  @Nested(() => DecisionRefDto)
  decision!: DecisionRefDto;
}

export class RevisedAssignmentDto {
  @Id()
  assignmentId!: string;

  @List(() => PartDto, 50)
  parts?: PartDto[];

  @List(() => FollowUpPlanRowDto, 50)
  followUps?: FollowUpPlanRowDto[];
}

export class RevisionChangesDto {
  @OptionalSourceDate()
  validTo?: string;

  @Texts(50, 500)
  scope?: string[];

  @List(() => SectionDto, 50, { description: 'Replaced by heading, or added' })
  sections?: SectionDto[];

  @List(() => RevisedAssignmentDto, 50)
  assignments?: RevisedAssignmentDto[];

  @List(() => EconomyLineDto, 100)
  economy?: EconomyLineDto[];

  @List(() => FollowUpPlanRowDto, 20)
  economicFollowUps?: FollowUpPlanRowDto[];

  @List(() => GoalDto, 50)
  goals?: GoalDto[];
}

/** Its `reason` is required: why the agreement is revised (e.g. a minuted political decision). */
export class ReviseAgreementDto extends CommandBodyDto {
  @SourceDate({ description: 'The day the revised version takes effect' })
  effectiveFrom!: string;

  @OptionalNested(() => DecisionRefDto)
  decision?: DecisionRefDto | null;

  @Nested(() => RevisionChangesDto)
  changes!: RevisionChangesDto;
}

export class RecordFollowUpDto extends CommandBodyDto {
  @OptionalId({ description: 'The assignment followed up; left out: an economic follow-up' })
  assignmentId?: string | null;

  @SourceDate({ description: 'The scheduled date, as the plan gives it' })
  dueOn!: string;

  @OneOf(FOLLOW_UP_OUTCOMES)
  outcome!: (typeof FOLLOW_UP_OUTCOMES)[number];

  @SourceDate({ description: 'Delivered on, or found missed on' })
  on!: string;

  @OptionalOneOf(REPORT_FORMS)
  form?: (typeof REPORT_FORMS)[number] | null;

  @OptionalId()
  meetingId?: string | null;

  @OptionalId()
  itemId?: string | null;

  @OptionalText(300)
  documentReference?: string | null;

  @OptionalText(4000)
  summary?: string | null;
}

export class TerminateAgreementDto extends CommandBodyDto {
  @SourceDate()
  terminatedOn!: string;

  @Text(1000)
  why!: string;
}
