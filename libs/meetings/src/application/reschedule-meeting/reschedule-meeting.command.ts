import { UseCase } from '@app/event-store';
import type { RescheduleMeeting } from '../../domain';

/** A new date (and place or format); the body's facts for that date are loaded by the handler. */
export type RescheduleMeetingInput = Omit<RescheduleMeeting['data'], 'body'>;

export class RescheduleMeetingCommand extends UseCase<RescheduleMeetingInput> {}
