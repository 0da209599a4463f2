/**
 * The write side as the HTTP controllers send it through the CommandBus: the aggregates, for a
 * single-stream command (`Decide.on(meetingAggregate, ...)`), and the use cases with a handler
 * of their own (several streams, facts loaded from other streams, an id they make).
 */
export { assignmentAggregate, meetingAggregate } from './aggregates';
export * from './amend-item/amend-item.command';
export * from './counter-sign-notes/counter-sign-notes.command';
export * from './deliver-notes/deliver-notes.command';
export * from './issue-assignment/issue-assignment.command';
export * from './plan-meetings/plan-meetings.command';
export * from './record-held/record-held.command';
export * from './report-back/report-back.command';
export * from './record-item/record-item.command';
export * from './remove-item/remove-item.command';
export * from './reschedule-meeting/reschedule-meeting.command';
export * from './schedule-meeting/schedule-meeting.command';
export type { BodyRef } from './body-facts';
export { debtorFactsOf } from './issue-assignment/assignment-facts';
export type { LoadAggregate } from './body-facts';
export { PrintedMinutes, type Printout } from './printed-minutes/printed-minutes';
export { minutesDocument, minutesTitle } from './printed-minutes/minutes-document';
