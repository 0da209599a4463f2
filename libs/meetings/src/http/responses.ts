import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CERTAINTY,
  DATE,
  DATE_AS_GIVEN,
  FREE_FORM,
  NEXT,
  NULLABLE_DATE,
  NULLABLE_DATE_AS_GIVEN,
  NULLABLE_STRING,
} from '@app/projections';

/** Answers of the meetings reads; nested parts (items, attendance, approval) are documented as objects. */
export class MeetingsPageMeeting {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ ...FREE_FORM }) body!: Record<string, unknown>;
  @ApiProperty() status!: string;
  @ApiProperty(DATE) date!: string;
  @ApiProperty({ ...FREE_FORM }) scheduledFor!: Record<string, unknown>;
  @ApiProperty(NULLABLE_STRING) startedAt!: string | null;
  @ApiProperty(NULLABLE_STRING) endedAt!: string | null;
  @ApiProperty(NULLABLE_STRING) place!: string | null;
  @ApiProperty(NULLABLE_STRING) format!: string | null;
  @ApiProperty() items!: number;
  @ApiProperty(NULLABLE_DATE) approvedOn!: string | null;
  @ApiProperty(NULLABLE_DATE) noticePostedOn!: string | null;
}

export class MeetingsPage {
  @ApiProperty({ type: [MeetingsPageMeeting] }) meetings!: MeetingsPageMeeting[];
  @ApiProperty(NEXT) next!: string | null;
}

export class MeetingAnswer {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ ...FREE_FORM }) body!: Record<string, unknown>;
  @ApiProperty() records!: string;
  @ApiProperty() status!: string;
  @ApiProperty(NULLABLE_DATE) cancelledOn!: string | null;
  @ApiProperty({ ...FREE_FORM }) scheduledFor!: Record<string, unknown>;
  @ApiProperty(DATE) date!: string;
  @ApiProperty(NULLABLE_STRING) startedAt!: string | null;
  @ApiProperty(NULLABLE_STRING) endedAt!: string | null;
  @ApiProperty(NULLABLE_STRING) place!: string | null;
  @ApiProperty(NULLABLE_STRING) format!: string | null;
  @ApiProperty({ type: 'array', items: FREE_FORM }) adjournments!: Record<string, unknown>[];
  @ApiProperty({ ...FREE_FORM }) attendance!: Record<string, unknown>;
  @ApiProperty({ ...FREE_FORM, nullable: true }) presidedBy!: Record<string, unknown> | null;
  @ApiProperty({ type: 'array', items: FREE_FORM }) unknown!: Record<string, unknown>[];
  @ApiProperty({ type: 'array', items: FREE_FORM }) items!: Record<string, unknown>[];
  @ApiProperty({ ...FREE_FORM, nullable: true }) approval!: Record<string, unknown> | null;
  @ApiProperty({ ...FREE_FORM, nullable: true }) notice!: Record<string, unknown> | null;
  @ApiProperty({ ...FREE_FORM, nullable: true }) counterSigning!: Record<string, unknown> | null;
  @ApiProperty({ type: 'array', items: FREE_FORM }) deliveries!: Record<string, unknown>[];
  @ApiProperty({ type: 'array', items: FREE_FORM }) corrections!: Record<string, unknown>[];
  @ApiProperty(NULLABLE_DATE) appealEndsOn!: string | null;
  @ApiProperty() approvedInTime!: boolean;
  @ApiProperty() noticeInTime!: boolean;
}

export class DecisionsPageDecision {
  @ApiProperty({ ...FREE_FORM }) body!: Record<string, unknown>;
  @ApiProperty({ ...FREE_FORM }) meeting!: Record<string, unknown>;
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty() number!: string;
  @ApiProperty(NULLABLE_STRING) caseNumber!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() decision!: string;
  @ApiProperty() form!: string;
  @ApiProperty() records!: string;
  @ApiProperty({ ...FREE_FORM, nullable: true }) votes!: Record<string, unknown> | null;
  @ApiProperty() unanimous!: boolean;
  @ApiProperty(NULLABLE_DATE) approvedOn!: string | null;
  @ApiProperty(NULLABLE_DATE) noticePostedOn!: string | null;
  @ApiProperty(NULLABLE_DATE) appealEndsOn!: string | null;
  @ApiProperty(NULLABLE_DATE) counterSignedOn!: string | null;
}

export class DecisionsPage {
  @ApiProperty({ type: [DecisionsPageDecision] }) decisions!: DecisionsPageDecision[];
  @ApiProperty(NEXT) next!: string | null;
}

export class AssignmentsPageAssignment {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() status!: string;
  @ApiProperty({
    ...CERTAINTY,
    description:
      'Uncertain while a date the status rests on (issued, extended, reported, withdrawn) may or may not have come on asOf',
  })
  certainty!: 'certain' | 'uncertain';
  @ApiProperty({ ...FREE_FORM }) source!: Record<string, unknown>;
  @ApiProperty({ ...FREE_FORM }) owedBy!: Record<string, unknown>;
  @ApiProperty({ type: 'array', items: FREE_FORM }) jointlyWith!: Record<string, unknown>[];
  @ApiProperty() what!: string;
  @ApiProperty(DATE_AS_GIVEN) issuedOn!: string;
  @ApiProperty({
    ...NULLABLE_DATE_AS_GIVEN,
    description: 'As given; a month or year is due at its end',
  })
  dueOn!: string | null;
  @ApiProperty(NULLABLE_STRING) dueNote!: string | null;
  @ApiProperty(NULLABLE_DATE_AS_GIVEN) originallyDueOn!: string | null;
  @ApiProperty({ type: 'array', items: FREE_FORM }) extensions!: Record<string, unknown>[];
  @ApiProperty({ ...FREE_FORM, nullable: true }) reportBack!: Record<string, unknown> | null;
  @ApiProperty({ type: 'array', items: FREE_FORM }) reports!: Record<string, unknown>[];
  @ApiProperty({ type: 'array', items: FREE_FORM }) reportedBy!: Record<string, unknown>[];
  @ApiProperty({ ...FREE_FORM, nullable: true }) withdrawal!: Record<string, unknown> | null;
}

export class AssignmentsPage {
  @ApiProperty(DATE) asOf!: string;
  @ApiProperty({ type: [AssignmentsPageAssignment] }) assignments!: AssignmentsPageAssignment[];
  @ApiProperty(NEXT) next!: string | null;
}

export class AssignmentAnswer extends AssignmentsPageAssignment {
  @ApiProperty(DATE) asOf!: string;
}

export class CadenceAnswerGroup {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ ...FREE_FORM, nullable: true }) cadence!: Record<string, unknown> | null;
}

export class CadenceAnswerBody extends CadenceAnswerGroup {
  @ApiProperty({ example: 'board', description: "'group', or the organisation's kind" })
  kind!: string;
}

export class CadenceAnswer {
  @ApiProperty({ type: CadenceAnswerBody }) body!: CadenceAnswerBody;
  @ApiPropertyOptional({ type: CadenceAnswerGroup, description: 'For a group: the body again' })
  group?: CadenceAnswerGroup;
  @ApiProperty(DATE) from!: string;
  @ApiProperty(DATE) to!: string;
  @ApiProperty(DATE) countedFrom!: string;
  @ApiProperty(DATE) countedTo!: string;
  @ApiProperty({ type: 'array', items: FREE_FORM }) meetings!: Record<string, unknown>[];
  @ApiProperty({ type: 'array', items: FREE_FORM }) gaps!: Record<string, unknown>[];
  @ApiProperty({ type: 'array', items: FREE_FORM }) shortIntervals!: Record<string, unknown>[];
  @ApiProperty({ type: 'array', items: FREE_FORM }) periods!: Record<string, unknown>[];
}
