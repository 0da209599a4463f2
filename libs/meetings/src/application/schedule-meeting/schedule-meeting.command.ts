import { UseCase } from '@app/event-store';
import type { ScheduleMeeting } from '../../domain';
import type { BodyRef } from '../body-facts';

/** A new meeting of a body; the body's facts are loaded by the handler, the id is made there. */
export type ScheduleMeetingInput = Omit<
  ScheduleMeeting['data'],
  'meetingId' | 'bodyId' | 'body'
> & {
  body: BodyRef;
};

export class ScheduleMeetingCommand extends UseCase<ScheduleMeetingInput> {}
