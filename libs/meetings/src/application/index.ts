/** The write side's commands: what the HTTP controllers send through the CommandBus. */
export * from './amend-item/amend-item.command';
export * from './approve-minutes/approve-minutes.command';
export * from './cancel-meeting/cancel-meeting.command';
export * from './correct-item/correct-item.command';
export * from './extend-assignment/extend-assignment.command';
export * from './issue-assignment/issue-assignment.command';
export * from './post-notice/post-notice.command';
export * from './record-held/record-held.command';
export * from './record-item/record-item.command';
export * from './remove-item/remove-item.command';
export * from './report-back/report-back.command';
export * from './reschedule-meeting/reschedule-meeting.command';
export * from './schedule-meeting/schedule-meeting.command';
export * from './withdraw-assignment/withdraw-assignment.command';
export type { BodyRef } from './body-facts';
export { debtorFactsOf } from './issue-assignment/assignment-facts';
export type { LoadAggregate } from './body-facts';
