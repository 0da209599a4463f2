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

  @OptionalText(500)
  reason?: string | null;
}

/** The whole record of the sitting, on the scheduled date; a repeat before approval replaces it. */
export class RecordHeldDto extends CommandBodyDto {
  @Time({ example: '09:00' })
  startedAt!: string;

  @Time({ example: '09:50' })
  endedAt!: string;

  @OptionalText(200, { description: 'Left out: where it was scheduled' })
  place?: string | null;

  @OptionalOneOf(MEETING_FORMATS, { description: 'Left out: as scheduled' })
  format?: MeetingFormat;

  @List(() => AdjournmentDto, 20)
  adjournments?: AdjournmentDto[];

  @List(() => AttendeeDto, 300, { min: 1 })
  attendance!: AttendeeDto[];

  @List(() => AbsenceDto, 300)
  absences?: AbsenceDto[];
}
