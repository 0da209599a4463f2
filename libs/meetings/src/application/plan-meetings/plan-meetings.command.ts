import type { CommandResult } from '@app/kernel';
import { UseCase } from '@app/event-store';
import type { PlannedMeeting } from '../../domain';
import type { BodyRef } from '../body-facts';

/** A body's yearly meeting plan (sammanträdesplan): several meetings booked in one command. */
export interface PlanMeetingsInput {
  body: BodyRef;
  meetings: PlannedMeeting[];
}

/** The first meeting's id, revision and position, and every booked meeting's id in order. */
export type PlanMeetingsResult = CommandResult & { meetingIds: string[] };

export class PlanMeetingsCommand extends UseCase<PlanMeetingsInput, PlanMeetingsResult> {}
