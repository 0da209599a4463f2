import type { RescheduleMeetingInput, ScheduleMeetingInput } from '../../application';
import type { CancelMeeting } from '../../domain';
import {
  CalendarDate,
  CommandBodyDto,
  Id,
  List,
  Nested,
  OneOf,
  OptionalOneOf,
  OptionalText,
  OptionalTime,
} from '@app/platform';
import {
  BODY_KINDS,
  MAX_PLANNED_MEETINGS,
  MEETING_FORMATS,
  type BodyKind,
  type MeetingFormat,
} from '../../domain';

/**
 * The body that meets, by kind and id: a group of a model (`group`), or an organisation that is
 * a board, a (joint) working committee or a preparatory committee. The kind says which stream
 * of the structure holds it, and is kept with the meeting.
 */
export class BodyRefDto {
  @OneOf(BODY_KINDS, {
    example: 'working-committee',
    description:
      'group: a group id; board, working-committee, joint-working-committee, preparatory-committee: an organisation id of that kind (a joint working committee is registered as a working committee)',
  })
  kind!: BodyKind;

  @Id({ description: 'The group or organisation' })
  id!: string;
}

export class ScheduleDto {
  @CalendarDate()
  date!: string;

  @OptionalTime({ description: 'Start, HH:MM' })
  time?: string | null;

  @OptionalTime({ description: 'End, HH:MM, when the booking gives it' })
  endTime?: string | null;
}

export class ScheduleMeetingDto extends CommandBodyDto implements ScheduleMeetingInput {
  @Nested(() => BodyRefDto)
  body!: BodyRefDto;

  @Nested(() => ScheduleDto)
  scheduledFor!: ScheduleDto;

  @OptionalText(200, { example: 'Digitalt via Teams' })
  place?: string | null;

  @OptionalOneOf(MEETING_FORMATS, { example: 'remote', description: 'Left out: not known' })
  format?: MeetingFormat | null;
}

/** Place and format left out stay as they were; null clears the place. */
export class RescheduleMeetingDto
  extends CommandBodyDto
  implements Omit<RescheduleMeetingInput, 'meetingId'>
{
  @Nested(() => ScheduleDto)
  scheduledFor!: ScheduleDto;

  @OptionalText(200)
  place?: string | null;

  @OptionalOneOf(MEETING_FORMATS)
  format?: MeetingFormat | null;
}

export class CancelMeetingDto
  extends CommandBodyDto
  implements Omit<CancelMeeting['data'], 'meetingId'>
{
  @CalendarDate({ description: 'The day it was called off' })
  cancelledOn!: string;
}

/** One booked meeting of a plan: its date and times, and where and how, when known. */
export class PlannedMeetingDto {
  @Nested(() => ScheduleDto)
  scheduledFor!: ScheduleDto;

  @OptionalText(200, { example: 'Kommunhuset, sal 3' })
  place?: string | null;

  @OptionalOneOf(MEETING_FORMATS, { description: 'Left out: not known' })
  format?: MeetingFormat | null;
}

/** A body's yearly meeting plan (sammanträdesplan): each day once, at most 60 meetings. */
export class PlanMeetingsDto extends CommandBodyDto {
  @Nested(() => BodyRefDto)
  body!: BodyRefDto;

  @List(() => PlannedMeetingDto, MAX_PLANNED_MEETINGS, { min: 1 })
  meetings!: PlannedMeetingDto[];
}
