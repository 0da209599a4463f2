import type { ExtendAssignment, ReportBack, WithdrawAssignment } from '../../domain';
import {
  SourceDate,
  CommandBodyDto,
  Id,
  List,
  Nested,
  OneOf,
  OptionalSourceDate,
  OptionalId,
  OptionalText,
  Text,
} from '@app/platform';
import { REPORT_FORMS, type ReportForm } from '../../domain';

/** An organisation owes the assignment; a person there may be named as well. */
export class DebtorDto {
  @Id()
  organisationId!: string;

  @OptionalId()
  personId?: string | null;
}

/** What every assignment says, whatever issues it. */
class AssignmentTermsDto extends CommandBodyDto {
  @Nested(() => DebtorDto)
  owedBy!: DebtorDto;

  @List(() => DebtorDto, 20, {
    description: 'Organisations that owe it together with owedBy; each may report back its part',
  })
  jointlyWith?: DebtorDto[];

  @Text(2000, { example: 'Komplettera ärendet med en beskrivning av Nynäshamnsmodellen' })
  what!: string;

  @SourceDate()
  issuedOn!: string;

  @OptionalSourceDate({ description: 'Left out or null: no date, see dueNote' })
  dueOn?: string | null;

  @OptionalText(500, { example: 'inför utskick till nämnden' })
  dueNote?: string | null;
}

export class IssueAssignmentDto extends AssignmentTermsDto {
  @Id({ description: 'The meeting whose decision item gives the assignment' })
  meetingId!: string;

  @Id({ description: 'The decision item' })
  itemId!: string;
}

/** A board's plan (nämndplan, verksamhetsplan): a document adopted under a reference on a date. */
export class PlanDto {
  @Id({ description: 'The board or committee whose plan it is' })
  bodyId!: string;

  @Text(300, { example: 'Nämndplan 2024' })
  title!: string;

  @Text(100, { example: 'NAN/2023/0201' })
  adoptionReference!: string;

  @SourceDate()
  adoptedOn!: string;
}

export class IssueFromPlanDto extends AssignmentTermsDto {
  @Nested(() => PlanDto)
  plan!: PlanDto;
}

export class ReportBackDto
  extends CommandBodyDto
  implements Omit<ReportBack['data'], 'assignmentId'>
{
  @SourceDate()
  deliveredOn!: string;

  @OptionalId({
    description:
      'The debtor reporting its part of a joint assignment; left out: for every debtor that has not reported',
  })
  organisationId?: string | null;

  @OptionalId({ description: 'The meeting it was reported in' })
  meetingId?: string | null;

  @OptionalId({ description: 'The item of that meeting; needs meetingId' })
  itemId?: string | null;

  @OneOf(REPORT_FORMS)
  form!: ReportForm;

  @Text(4000)
  summary!: string;
}

export class ExtendAssignmentDto
  extends CommandBodyDto
  implements Omit<ExtendAssignment['data'], 'assignmentId'>
{
  @SourceDate({ description: 'The new due date' })
  dueOn!: string;

  @Text(1000)
  why!: string;

  @SourceDate({ description: 'The day the extension was granted' })
  extendedOn!: string;
}

export class WithdrawAssignmentDto
  extends CommandBodyDto
  implements Omit<WithdrawAssignment['data'], 'assignmentId'>
{
  @SourceDate()
  withdrawnOn!: string;

  @OptionalText(1000)
  why?: string | null;
}
