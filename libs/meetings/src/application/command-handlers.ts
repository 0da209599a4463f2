import type { Provider } from '@nestjs/common';
import { AmendItemHandler } from './amend-item/amend-item.handler';
import { CounterSignNotesHandler } from './counter-sign-notes/counter-sign-notes.handler';
import { DeliverNotesHandler } from './deliver-notes/deliver-notes.handler';
import { IssueAssignmentHandler } from './issue-assignment/issue-assignment.handler';
import { PlanMeetingsHandler } from './plan-meetings/plan-meetings.handler';
import { ReportBackHandler } from './report-back/report-back.handler';
import { RecordHeldHandler } from './record-held/record-held.handler';
import { RecordItemHandler } from './record-item/record-item.handler';
import { RemoveItemHandler } from './remove-item/remove-item.handler';
import { RescheduleMeetingHandler } from './reschedule-meeting/reschedule-meeting.handler';
import { ScheduleMeetingHandler } from './schedule-meeting/schedule-meeting.handler';

/** The meetings context's command handlers, one per use case folder beside this file. */
export const MEETINGS_COMMAND_HANDLERS: Provider[] = [
  ScheduleMeetingHandler,
  PlanMeetingsHandler,
  RescheduleMeetingHandler,
  RecordHeldHandler,
  RecordItemHandler,
  AmendItemHandler,
  RemoveItemHandler,
  CounterSignNotesHandler,
  DeliverNotesHandler,
  IssueAssignmentHandler,
  ReportBackHandler,
];
