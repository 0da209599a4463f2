import type { RecordHeldInput } from '../../application';
import {
  CommandBodyDto,
  Id,
  List,
  OneOf,
  OptionalFlag,
  OptionalId,
  OptionalOneOf,
  OptionalText,
  OptionalTime,
  Time,
} from '@app/platform';
import {
  CAPACITIES,
  MEETING_FORMATS,
  OFFICES,
  type Capacity,
  type MeetingFormat,
  type Office,
} from '../../domain';

export class AdjournmentDto {
  @Time()
  from!: string;

  @Time()
  to!: string;
}

/** Someone in the room (or on the line); people are referenced by id, never by name. */
export class AttendeeDto {
  @Id()
  personId!: string;

  @OneOf(CAPACITIES, {
    example: 'decision-maker',
    description:
      'decision-maker (ledamot), serving-deputy (tjänstgörande ersättare), deputy, official, secretary, guest',
  })
  capacity!: Capacity;

  @OptionalId({ description: 'The board, administration or party organisation they sit for' })
  organisationId?: string | null;

  @OptionalText(50, { example: 'KD' })
  party?: string | null;

  @OptionalOneOf(OFFICES, { description: 'An office in the body, printed beside the name' })
  office?: Office | null;

  @OptionalText(200, { example: 'förvaltningschef' })
  title?: string | null;

  @OptionalId({ description: 'For a serving deputy: the member they serve for' })
  servingFor?: string | null;

  @OptionalFlag({ description: 'Took part remotely' })
  remote?: boolean;

  @OptionalTime({ description: 'Arrived at (from), when not from the start' })
  arrivingAt?: string | null;

  @OptionalTime({ description: 'Left at, when not at the end' })
  leavingAt?: string | null;
}

export class AbsenceDto {
  @Id()
  personId!: string;

  @OptionalId()
  organisationId?: string | null;

  @OptionalText(50)
  party?: string | null;

  @OptionalOneOf(OFFICES, { description: 'The office the absent person holds (an absent chair)' })
  office?: Office | null;

  @OptionalText(500)
  reason?: string | null;
}

/**
 * The whole record of the sitting, on the scheduled date; a repeat before approval replaces it.
 * What the source does not give is left out (null), never filled in.
 */
export class RecordHeldDto extends CommandBodyDto implements Omit<RecordHeldInput, 'meetingId'> {
  @OptionalFlag({
    description:
      'false: the source records the meeting as held (and its decisions) but not the sitting; nobody is listed. Default true',
  })
  documented?: boolean;

  @OptionalTime({ example: '09:00', description: 'Left out: the source does not say' })
  startedAt?: string | null;

  @OptionalTime({ example: '09:50', description: 'Left out: the source does not say' })
  endedAt?: string | null;

  @OptionalText(200, { description: 'Left out: where it was scheduled' })
  place?: string | null;

  @OptionalOneOf(MEETING_FORMATS, { description: 'Left out: as scheduled; null: not known' })
  format?: MeetingFormat | null;

  @OptionalId({ description: 'Who presided (an attendee): the chair, or whoever stood in' })
  presidedBy?: string | null;

  @List(() => AdjournmentDto, 20)
  adjournments?: AdjournmentDto[];

  @List(() => AttendeeDto, 300, {
    description: 'Required (at least one) unless documented is false',
  })
  attendance?: AttendeeDto[];

  @List(() => AbsenceDto, 300)
  absences?: AbsenceDto[];
}
