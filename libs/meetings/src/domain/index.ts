export {
  addDays,
  daysBetween,
  isIsoDate,
  isTimeOfDay,
  type IsoDate,
  type TimeOfDay,
} from './shared/calendar';
export * from './meeting/minutes.calendar';
export * from './meeting/mentions';
export * from './meeting/meeting.commands';
export * from './meeting/meeting.events';
export {
  attended,
  correctableText,
  itemsInOrder,
  meetingDate,
  recordsOfBodyKind,
  sealedOn,
  type Approval,
  type CounterSigning,
  type Delivery,
  type Correction,
  type Held,
  type Meeting,
  type MeetingState,
  type Notice,
} from './meeting/meeting.state';
export * from './meeting/meeting.decider';
export * from './meeting/meeting.plan';
export * from './assignment/assignment.commands';
export * from './assignment/assignment.events';
export * from './assignment/assignment.state';
export * from './assignment/assignment.source';
export * from './assignment/assignment.decider';
export * from './catalogue';
export type { OrganisationFacts } from './shared/references';
export * from './numbering/item-numbers.decider';
