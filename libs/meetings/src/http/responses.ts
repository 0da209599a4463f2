import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CERTAINTY,
  DATE,
  DATE_AS_GIVEN,
  NEXT,
  NULLABLE_DATE,
  NULLABLE_DATE_AS_GIVEN,
  NULLABLE_STRING,
} from '@app/projections';
import { CadenceResponse } from '@app/structure';
import {
  BODY_KINDS,
  CAPACITIES,
  CORRECTABLE_FIELDS,
  DECISION_FORMS,
  ITEM_KINDS,
  MEETING_FORMATS,
  MOTION_KINDS,
  OFFICES,
  RECORDS,
  type Capacity,
  type CorrectableField,
  type DecisionForm,
  type ItemKind,
  type MeetingFormat,
  type MotionKind,
  type Office,
  type Records,
} from '../domain';

const MEETING_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** A person as an answer names them (the name read at answer time; erased ones are masked). */
export class PersonRefResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'Anna Andersson' }) name!: string;
}

export class NamedOrganisationResponse {
  @ApiProperty() id!: string;
  @ApiProperty(NULLABLE_STRING) name!: string | null;
}

/** The body that meets: a group, or an organisation (a board or a committee). */
export class MeetingBodyResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: BODY_KINDS }) kind!: string;
  @ApiProperty({ ...NULLABLE_STRING, description: 'Its name on the meeting day' })
  name!: string | null;
}

export class ScheduleResponse {
  @ApiProperty(DATE) date!: string;
  @ApiProperty({ ...NULLABLE_STRING, example: '13:00' }) time!: string | null;
  @ApiProperty({ ...NULLABLE_STRING, example: '15:00' }) endTime!: string | null;
}

export class AdjournmentResponse {
  @ApiProperty({ example: '14:10' }) from!: string;
  @ApiProperty({ example: '14:25' }) to!: string;
}

export class AttendeeResponse extends PersonRefResponse {
  @ApiProperty(NULLABLE_STRING) party!: string | null;
  @ApiProperty({ type: NamedOrganisationResponse, nullable: true })
  organisation!: NamedOrganisationResponse | null;
  @ApiProperty({ enum: CAPACITIES }) capacity!: Capacity;
  @ApiProperty({ enum: OFFICES, nullable: true }) office!: Office | null;
  @ApiProperty(NULLABLE_STRING) title!: string | null;
  @ApiProperty({ type: PersonRefResponse, nullable: true, description: 'A deputy serves for' })
  servingFor!: PersonRefResponse | null;
  @ApiProperty() remote!: boolean;
  @ApiProperty(NULLABLE_STRING) arrivingAt!: string | null;
  @ApiProperty(NULLABLE_STRING) leavingAt!: string | null;
}

export class AbsenceResponse extends PersonRefResponse {
  @ApiProperty(NULLABLE_STRING) party!: string | null;
  @ApiProperty({ type: NamedOrganisationResponse, nullable: true })
  organisation!: NamedOrganisationResponse | null;
  @ApiProperty({ enum: OFFICES, nullable: true }) office!: Office | null;
  @ApiProperty(NULLABLE_STRING) reason!: string | null;
}

export class AttendanceResponse {
  @ApiProperty({ type: [AttendeeResponse] }) decisionMakers!: AttendeeResponse[];
  @ApiProperty({ type: [AttendeeResponse] }) servingDeputies!: AttendeeResponse[];
  @ApiProperty({ type: [AttendeeResponse] }) others!: AttendeeResponse[];
  @ApiProperty({ type: [AbsenceResponse] }) absences!: AbsenceResponse[];
}

export class ProposalResponse {
  @ApiProperty() text!: string;
  @ApiProperty({ type: NamedOrganisationResponse, nullable: true })
  organisation!: NamedOrganisationResponse | null;
}

export class MotionResponse {
  @ApiProperty({ type: PersonRefResponse, nullable: true, description: 'null: no mover named' })
  by!: PersonRefResponse | null;
  @ApiProperty(NULLABLE_STRING) party!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: MOTION_KINDS }) kind!: MotionKind;
  @ApiProperty() adopted!: boolean;
}

export class VotesResponse {
  @ApiProperty() yes!: number;
  @ApiProperty() no!: number;
  @ApiProperty() abstained!: number;
}

export class ReservationResponse {
  @ApiProperty({ type: PersonRefResponse }) by!: PersonRefResponse;
  @ApiProperty(NULLABLE_STRING) party!: string | null;
  @ApiProperty(NULLABLE_STRING) text!: string | null;
}

export class DecisionResponse {
  @ApiProperty() text!: string;
  @ApiProperty({ enum: DECISION_FORMS }) form!: DecisionForm;
  @ApiProperty({ type: VotesResponse, nullable: true, description: 'null: decided unanimously' })
  votes!: VotesResponse | null;
  @ApiProperty() unanimous!: boolean;
  @ApiProperty({ type: [Number], description: 'Indexes of the adopted motions' })
  adoptedMotions!: number[];
  @ApiProperty({ type: [ReservationResponse] }) reservations!: ReservationResponse[];
}

export class BasisDocumentResponse {
  @ApiProperty() title!: string;
  @ApiProperty(NULLABLE_STRING) reference!: string | null;
}

export class RecipientResponse {
  @ApiProperty() name!: string;
  @ApiProperty({ type: NamedOrganisationResponse, nullable: true })
  organisation!: NamedOrganisationResponse | null;
}

export class CorrectionResponse {
  @ApiProperty() itemId!: string;
  @ApiProperty({ enum: CORRECTABLE_FIELDS }) field!: CorrectableField;
  @ApiProperty({ type: Number, nullable: true, description: 'Which motion, for field motion' })
  motionIndex!: number | null;
  @ApiProperty(NULLABLE_STRING) previous!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty() why!: string;
  @ApiProperty(DATE) correctedOn!: string;
}

export class MinutesItemResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ ...NULLABLE_STRING, example: '§ 42/23', description: 'null: unnumbered' })
  number!: string | null;
  @ApiProperty({ type: Number, nullable: true }) ordinal!: number | null;
  @ApiProperty({ type: Number, nullable: true }) year!: number | null;
  @ApiProperty() position!: number;
  @ApiProperty(NULLABLE_STRING) caseNumber!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ITEM_KINDS }) kind!: ItemKind;
  @ApiProperty({ type: [PersonRefResponse] }) presentedBy!: PersonRefResponse[];
  @ApiProperty(NULLABLE_STRING) background!: string | null;
  @ApiProperty({ type: ProposalResponse, nullable: true }) proposal!: ProposalResponse | null;
  @ApiProperty({ type: [MotionResponse] }) motions!: MotionResponse[];
  @ApiProperty({ type: DecisionResponse, nullable: true }) decision!: DecisionResponse | null;
  @ApiProperty({ type: [BasisDocumentResponse] }) basisDocuments!: BasisDocumentResponse[];
  @ApiProperty({ type: [RecipientResponse] }) recipients!: RecipientResponse[];
  @ApiProperty(NULLABLE_STRING) notes!: string | null;
  @ApiProperty({ type: [CorrectionResponse] }) corrections!: CorrectionResponse[];
}

export class ApprovalResponse {
  @ApiProperty(DATE) approvedOn!: string;
  @ApiProperty(NULLABLE_STRING) approvedAt!: string | null;
  @ApiProperty(NULLABLE_STRING) place!: string | null;
  @ApiProperty({ type: PersonRefResponse }) chair!: PersonRefResponse;
  @ApiProperty({ type: [PersonRefResponse] }) adjusters!: PersonRefResponse[];
  @ApiProperty({ type: PersonRefResponse, nullable: true }) secretary!: PersonRefResponse | null;
}

export class NoticeResponse {
  @ApiProperty(DATE) postedOn!: string;
  @ApiProperty(NULLABLE_DATE) takenDownOn!: string | null;
  @ApiProperty() minutesKeptAt!: string;
}

export class CounterSigningResponse {
  @ApiProperty({ type: PersonRefResponse }) signedBy!: PersonRefResponse;
  @ApiProperty({ type: PersonRefResponse }) counterSignedBy!: PersonRefResponse;
  @ApiProperty(DATE) counterSignedOn!: string;
}

export class DeliveryResponse {
  @ApiProperty({ type: RecipientResponse }) to!: RecipientResponse;
  @ApiProperty(DATE) deliveredOn!: string;
}

/** Answers of the meetings reads, described to the leaf. */
export class MeetingsPageMeeting {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: MeetingBodyResponse }) body!: MeetingBodyResponse;
  @ApiProperty({ enum: MEETING_STATUSES }) status!: MeetingStatus;
  @ApiProperty(DATE) date!: string;
  @ApiProperty({ type: ScheduleResponse }) scheduledFor!: ScheduleResponse;
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
  @ApiProperty({ type: MeetingBodyResponse }) body!: MeetingBodyResponse;
  @ApiProperty({ enum: RECORDS }) records!: Records;
  @ApiProperty({ enum: MEETING_STATUSES }) status!: MeetingStatus;
  @ApiProperty(NULLABLE_DATE) cancelledOn!: string | null;
  @ApiProperty({ type: ScheduleResponse }) scheduledFor!: ScheduleResponse;
  @ApiProperty(DATE) date!: string;
  @ApiProperty(NULLABLE_STRING) startedAt!: string | null;
  @ApiProperty(NULLABLE_STRING) endedAt!: string | null;
  @ApiProperty(NULLABLE_STRING) place!: string | null;
  @ApiProperty({ enum: MEETING_FORMATS, nullable: true }) format!: MeetingFormat | null;
  @ApiProperty({ type: [AdjournmentResponse] }) adjournments!: AdjournmentResponse[];
  @ApiProperty({ type: AttendanceResponse }) attendance!: AttendanceResponse;
  @ApiProperty({ type: PersonRefResponse, nullable: true }) presidedBy!: PersonRefResponse | null;
  @ApiProperty({
    type: [String],
    description: 'What the source does not say (attendance, startedAt, endedAt, format, place)',
  })
  unknown!: string[];
  @ApiProperty({ type: [MinutesItemResponse] }) items!: MinutesItemResponse[];
  @ApiProperty({ type: ApprovalResponse, nullable: true }) approval!: ApprovalResponse | null;
  @ApiProperty({ type: NoticeResponse, nullable: true }) notice!: NoticeResponse | null;
  @ApiProperty({ type: CounterSigningResponse, nullable: true })
  counterSigning!: CounterSigningResponse | null;
  @ApiProperty({ type: [DeliveryResponse] }) deliveries!: DeliveryResponse[];
  @ApiProperty({ type: [CorrectionResponse] }) corrections!: CorrectionResponse[];
  @ApiProperty(NULLABLE_DATE) appealEndsOn!: string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'null: not approved yet' })
  approvedInTime!: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'null: not approved or posted yet' })
  noticeInTime!: boolean | null;
}

export class DecisionMeetingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty(DATE) date!: string;
}

export class DecisionsPageDecision {
  @ApiProperty({ type: MeetingBodyResponse }) body!: MeetingBodyResponse;
  @ApiProperty({ type: DecisionMeetingResponse }) meeting!: DecisionMeetingResponse;
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty({ ...NULLABLE_STRING, description: '§ 42/23; null for an unnumbered point' })
  number!: string | null;
  @ApiProperty(NULLABLE_STRING) caseNumber!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() decision!: string;
  @ApiProperty() form!: string;
  @ApiProperty() records!: string;
  @ApiProperty({ type: VotesResponse, nullable: true, description: 'null: decided unanimously' })
  votes!: VotesResponse | null;
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

/** The meeting a decided item was decided at; its date null when the item is not yet read. */
export class AssignmentSourceMeetingResponse {
  @ApiProperty() id!: string;
  @ApiProperty(NULLABLE_DATE) date!: string | null;
}

/**
 * Where an assignment comes from, by kind: a decided item (meeting, itemId, number, caseNumber,
 * title), a plan the board adopted (title, adoptionReference, adoptedOn, body), or an agreement
 * (agreementId, body). Each kind answers its own properties only.
 */
export class AssignmentSourceResponse {
  @ApiProperty({ enum: ['decision', 'plan', 'agreement'] }) kind!:
    'decision' | 'plan' | 'agreement';
  @ApiPropertyOptional({ type: AssignmentSourceMeetingResponse, description: 'decision' })
  meeting?: AssignmentSourceMeetingResponse;
  @ApiPropertyOptional({ description: 'decision' }) itemId?: string;
  @ApiPropertyOptional({ ...NULLABLE_STRING, example: '§ 42/23', description: 'decision' })
  number?: string | null;
  @ApiPropertyOptional({ ...NULLABLE_STRING, description: 'decision' })
  caseNumber?: string | null;
  @ApiPropertyOptional({ ...NULLABLE_STRING, description: 'decision (null when unknown), plan' })
  title?: string | null;
  @ApiPropertyOptional({ description: 'plan' }) adoptionReference?: string;
  @ApiPropertyOptional({ ...DATE_AS_GIVEN, description: 'plan' }) adoptedOn?: string;
  @ApiPropertyOptional({ description: 'agreement' }) agreementId?: string;
  @ApiPropertyOptional({
    type: NamedOrganisationResponse,
    description: 'plan, agreement: the board that adopted the plan, or the ordering party',
  })
  body?: NamedOrganisationResponse;
}

/** An organisation that owes the assignment, and the person there when one is named. */
export class DebtorResponse {
  @ApiProperty({ type: NamedOrganisationResponse }) organisation!: NamedOrganisationResponse;
  @ApiProperty({ type: PersonRefResponse, nullable: true }) person!: PersonRefResponse | null;
}

export class ExtensionResponse {
  @ApiProperty(NULLABLE_DATE_AS_GIVEN) previousDueOn!: string | null;
  @ApiProperty(DATE_AS_GIVEN) dueOn!: string;
  @ApiProperty() why!: string;
  @ApiProperty(DATE_AS_GIVEN) extendedOn!: string;
}

/** A report back: by one debtor, or (organisationId null) for every debtor not yet reported. */
export class AssignmentReportResponse {
  @ApiProperty(DATE_AS_GIVEN) deliveredOn!: string;
  @ApiProperty(NULLABLE_STRING) organisationId!: string | null;
  @ApiProperty({ ...NULLABLE_STRING, description: 'null when not reported in a meeting' })
  meetingId!: string | null;
  @ApiProperty(NULLABLE_STRING) itemId!: string | null;
  @ApiProperty({ enum: ['oral', 'written'] }) form!: 'oral' | 'written';
  @ApiProperty() summary!: string;
}

export class ReportBackResponse extends AssignmentReportResponse {
  @ApiProperty({ type: Boolean, nullable: true, description: 'Delivered by the date due' })
  inTime!: boolean | null;
}

export class WithdrawalResponse {
  @ApiProperty(DATE_AS_GIVEN) withdrawnOn!: string;
  @ApiProperty(NULLABLE_STRING) why!: string | null;
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
  @ApiProperty({ type: AssignmentSourceResponse }) source!: AssignmentSourceResponse;
  @ApiProperty({ type: DebtorResponse }) owedBy!: DebtorResponse;
  @ApiProperty({ type: [DebtorResponse], description: 'Owing it together with owedBy' })
  jointlyWith!: DebtorResponse[];
  @ApiProperty() what!: string;
  @ApiProperty(DATE_AS_GIVEN) issuedOn!: string;
  @ApiProperty({
    ...NULLABLE_DATE_AS_GIVEN,
    description: 'As given; a month or year is due at its end',
  })
  dueOn!: string | null;
  @ApiProperty(NULLABLE_STRING) dueNote!: string | null;
  @ApiProperty(NULLABLE_DATE_AS_GIVEN) originallyDueOn!: string | null;
  @ApiProperty({ type: [ExtensionResponse], description: 'Made by asOf' })
  extensions!: ExtensionResponse[];
  @ApiProperty({
    type: ReportBackResponse,
    nullable: true,
    description: 'The report that completed it (every debtor reported), with whether in time',
  })
  reportBack!: ReportBackResponse | null;
  @ApiProperty({ type: [AssignmentReportResponse], description: 'Every report delivered by asOf' })
  reports!: AssignmentReportResponse[];
  @ApiProperty({ type: [String], description: 'The debtors (organisation ids) that have reported' })
  reportedBy!: string[];
  @ApiProperty({ type: WithdrawalResponse, nullable: true }) withdrawal!: WithdrawalResponse | null;
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
  @ApiProperty({ type: CadenceResponse, nullable: true }) cadence!: CadenceResponse | null;
}

export class CadenceAnswerBody extends CadenceAnswerGroup {
  @ApiProperty({ example: 'board', description: "'group', or the organisation's kind" })
  kind!: string;
}

/** An interval between two points of the window (a meeting, or the window's edge). */
export class CadenceIntervalResponse {
  @ApiProperty(DATE) from!: string;
  @ApiProperty(DATE) to!: string;
  @ApiProperty({ type: 'integer' }) days!: number;
  @ApiProperty({
    enum: ['start', 'between', 'end'],
    description: "Before the window's first meeting, between two, or after the last",
  })
  edge!: 'start' | 'between' | 'end';
}

export class CadenceMeetingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ ...DATE, description: 'The day it was held' }) date!: string;
}

/** A term (VT, HT) or calendar year of a count cadence, held and booked against it. */
export class CadencePeriodResponse {
  @ApiProperty({ example: 'VT 2024', description: '"VT 2024", "HT 2024" or "2024"' })
  period!: string;
  @ApiProperty(DATE) from!: string;
  @ApiProperty(DATE) to!: string;
  @ApiProperty({ type: 'integer' }) expected!: number;
  @ApiProperty({ type: 'integer' }) held!: number;
  @ApiProperty({ type: 'integer', description: 'Booked and not (yet) held nor cancelled' })
  booked!: number;
  @ApiProperty({ description: 'Held at least as many as agreed' }) met!: boolean;
  @ApiProperty({ description: 'Held and booked together reach the agreed number' })
  planned!: boolean;
}

export class CadenceAnswer {
  @ApiProperty({ type: CadenceAnswerBody }) body!: CadenceAnswerBody;
  @ApiPropertyOptional({ type: CadenceAnswerGroup, description: 'For a group: the body again' })
  group?: CadenceAnswerGroup;
  @ApiProperty(DATE) from!: string;
  @ApiProperty(DATE) to!: string;
  @ApiProperty(DATE) countedFrom!: string;
  @ApiProperty(DATE) countedTo!: string;
  @ApiProperty({ type: [CadenceMeetingResponse], description: 'Held in the window' })
  meetings!: CadenceMeetingResponse[];
  @ApiProperty({ type: [CadenceIntervalResponse] }) gaps!: CadenceIntervalResponse[];
  @ApiProperty({ type: [CadenceIntervalResponse] }) shortIntervals!: CadenceIntervalResponse[];
  @ApiProperty({ type: [CadencePeriodResponse], description: 'Empty unless a count cadence' })
  periods!: CadencePeriodResponse[];
}
