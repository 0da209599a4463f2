import type { CounterSignNotesInput, DeliverNotesInput } from '../../application';
import type { ApproveMinutes, CorrectItem, PostNotice } from '../../domain';
import {
  CalendarDate,
  CommandBodyDto,
  Id,
  Ids,
  Nested,
  OneOf,
  OptionalCalendarDate,
  OptionalId,
  OptionalInt,
  OptionalText,
  OptionalTime,
  Text,
} from '@app/platform';
import { CORRECTABLE_FIELDS, type CorrectableField } from '../../domain';

/** Justering: the chair and the adjusters, who must have attended, sign the minutes. */
export class ApproveMinutesDto
  extends CommandBodyDto
  implements Omit<ApproveMinutes['data'], 'meetingId'>
{
  @CalendarDate({ example: '2023-11-14' })
  approvedOn!: string;

  @OptionalTime({ example: '10:00' })
  approvedAt?: string | null;

  @OptionalText(200, { example: 'Kommunstyrelsens kansliavdelning' })
  place?: string | null;

  @Id({ description: 'The chair who signs' })
  chairId!: string;

  @Ids(1, 5, { description: 'The adjusters (justerare)' })
  adjusterIds!: string[];

  @OptionalId()
  secretaryId?: string | null;
}

/** Anslag: on or after approval; the appeal period runs three weeks from posting. */
export class PostNoticeDto extends CommandBodyDto implements Omit<PostNotice['data'], 'meetingId'> {
  @CalendarDate({ example: '2023-11-15' })
  postedOn!: string;

  @OptionalCalendarDate({ example: '2023-12-07' })
  takenDownOn?: string | null;

  @Text(200, { example: 'Kommunstyrelsens kansliavdelning' })
  minutesKeptAt!: string;
}

/** After approval the minutes are only corrected: the correction names what it replaces and why. */
export class CorrectItemDto
  extends CommandBodyDto
  implements Omit<CorrectItem['data'], 'meetingId' | 'itemId'>
{
  @OneOf(CORRECTABLE_FIELDS)
  field!: CorrectableField;

  @OptionalInt(0, 49, { description: 'Which motion, from 0: for field `motion` only' })
  motionIndex?: number | null;

  @Text(20000)
  text!: string;

  @Text(1000, { description: 'Why the text is corrected' })
  why!: string;

  @CalendarDate()
  correctedOn!: string;
}

/** Kontrasignering: the chair signs the notes and another member counter-signs them. */
export class CounterSignNotesDto
  extends CommandBodyDto
  implements Omit<CounterSignNotesInput, 'meetingId'>
{
  @Id({ description: 'The chair who signs the notes' })
  signedBy!: string;

  @Id({ description: 'The member who counter-signs them' })
  counterSignedBy!: string;

  @CalendarDate({ example: '2024-03-12', description: 'On or after the meeting' })
  counterSignedOn!: string;
}

export class NotesRecipientDto {
  @Text(200, { example: 'Kommunstyrelsen' })
  name!: string;

  @OptionalId({
    description: 'The body as an organisation, when it is one: it exists on deliveredOn',
  })
  organisationId?: string | null;
}

/** "Delges kommunstyrelsen": the notes are delivered to another body, once to each. */
export class DeliverNotesDto
  extends CommandBodyDto
  implements Omit<DeliverNotesInput, 'meetingId'>
{
  @Nested(() => NotesRecipientDto)
  to!: NotesRecipientDto;

  @CalendarDate({ description: 'On or after the meeting' })
  deliveredOn!: string;
}
