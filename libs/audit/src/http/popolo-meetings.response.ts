import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CAPACITIES,
  DECISION_FORMS,
  MOTION_KINDS,
  OFFICES,
  type PopoloAttendee,
  type PopoloCount,
  type PopoloReservation,
  type PopoloEvent,
  type PopoloMotion,
  type PopoloVoteEvent,
} from '@app/meetings';

/** A local time in Sweden with its offset: `2023-11-06T09:00:00+01:00`. */
const DATE_TIME = { format: 'date-time', example: '2023-11-06T09:00:00+01:00' } as const;

class PopoloAttendeeResponse implements PopoloAttendee {
  @ApiProperty({
    enum: [...OFFICES, ...CAPACITIES],
    description: 'The office in the body when the minutes print one, else the capacity',
  })
  role!: string;
  @ApiProperty({ format: 'uuid' }) person_id!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The organisation the attendee sits for' })
  on_behalf_of_id?: string;
}

export class PopoloEventResponse implements PopoloEvent {
  @ApiProperty({ format: 'uuid', description: "The meeting's id" }) id!: string;
  @ApiProperty({
    description: "The body's name then and the date",
    example: 'Näringslivs- och arbetsmarknadsnämndens arbetsutskott 2023-11-06',
  })
  name!: string;
  @ApiProperty({ enum: ['meeting'] }) classification!: 'meeting';
  @ApiProperty({ enum: ['scheduled', 'held', 'cancelled'] })
  status!: PopoloEvent['status'];
  @ApiProperty({ format: 'uuid', description: 'The body that met' }) organization_id!: string;
  @ApiProperty({
    type: String,
    description: 'The date (YYYY-MM-DD), with the time and offset only when the record gives one',
    pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2}))?$',
    example: '2023-11-06T09:00:00+01:00',
  })
  start_date!: string;
  @ApiPropertyOptional({ type: String, ...DATE_TIME, description: 'When the record gives it' })
  end_date?: string;
  @ApiPropertyOptional({ example: 'Digitalt via Teams' }) location?: string;
  @ApiPropertyOptional({
    type: [PopoloAttendeeResponse],
    description: 'Left out when the record does not document the sitting',
  })
  attendees?: PopoloAttendeeResponse[];
}

export class PopoloMotionResponse implements PopoloMotion {
  @ApiProperty({ description: '`<meeting id>:<item id>:<index in the item, from 0>`' })
  id!: string;
  @ApiProperty({ format: 'uuid', description: 'The body' }) organization_id!: string;
  @ApiProperty({ format: 'uuid', description: 'The meeting (an event)' })
  legislative_session_id!: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The mover; left out when the minutes name only a party, or no one',
  })
  creator_id?: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: MOTION_KINDS, description: 'The kind of yrkande' })
  classification!: string;
  @ApiPropertyOptional({ example: '§ 42/23' }) identifier?: string;
  @ApiPropertyOptional({
    type: String,
    ...DATE_TIME,
    description: "The sitting's start when recorded; the date is the session's start_date",
  })
  date?: string;
  @ApiPropertyOptional({
    enum: ['pass', 'fail'],
    description: 'pass: adopted by the decision; fail: it adopted another; left out otherwise',
  })
  result?: 'pass' | 'fail';
}

class PopoloCountResponse implements PopoloCount {
  @ApiProperty({ enum: ['yes', 'no', 'abstain'] }) option!: PopoloCount['option'];
  @ApiProperty({ type: 'integer', minimum: 0 }) value!: number;
}

/** A reservation (reservation) against the decision: our extension, Popolo has none. */
class PopoloReservationResponse implements PopoloReservation {
  @ApiProperty({ format: 'uuid', description: 'Who entered it' }) person_id!: string;
  @ApiPropertyOptional({ example: 'S' }) party?: string;
  @ApiPropertyOptional() text?: string;
}

export class PopoloVoteEventResponse implements PopoloVoteEvent {
  @ApiProperty({ description: '`<meeting id>:<item id>`: one per decided item' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The body' }) organization_id!: string;
  @ApiProperty({ format: 'uuid', description: 'The meeting (an event)' })
  legislative_session_id!: string;
  @ApiPropertyOptional({ example: '§ 42/23' }) identifier?: string;
  @ApiPropertyOptional({ description: 'The motion adopted, when the decision adopted exactly one' })
  motion_id?: string;
  @ApiProperty({ enum: DECISION_FORMS }) classification!: string;
  @ApiPropertyOptional({ type: String, ...DATE_TIME, description: "The sitting's start" })
  start_date?: string;
  @ApiPropertyOptional({
    enum: ['unanimous', 'pass', 'fail'],
    description:
      'unanimous: decided without a vote (no counts); pass or fail by the counts; left out on a tie',
  })
  result?: PopoloVoteEvent['result'];
  @ApiPropertyOptional({
    type: [PopoloCountResponse],
    description: 'When votes were counted; nobody’s vote is recorded one by one',
  })
  counts?: PopoloCountResponse[];
  @ApiPropertyOptional({
    type: [PopoloReservationResponse],
    description:
      'An extension to Popolo: the reservations (reservationer) entered against the decision; left out when none',
  })
  reservations?: PopoloReservationResponse[];
}
