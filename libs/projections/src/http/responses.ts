import { ApiProperty } from '@nestjs/swagger';
import { DATE_AS_GIVEN_PATTERN, ROLES, type RecordedActor } from '@app/kernel';

/** Property options the response classes share. */
/** A date as precise as its source: a day, a month or a year (2024-11-14, 2024-11, 2024). */
const DATE_PATTERN = '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$';
export const DATE = { type: String, pattern: DATE_PATTERN, example: '2024-11-14' } as const;
export const NULLABLE_DATE = { ...DATE, nullable: true } as const;
/** A valid-time date as the source gave it: its precision is its length (README, "Dates as precise as the source"). */
export const DATE_AS_GIVEN = {
  type: String,
  pattern: DATE_AS_GIVEN_PATTERN,
  example: '2020',
  description: 'YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source',
} as const;
export const NULLABLE_DATE_AS_GIVEN = { ...DATE_AS_GIVEN, nullable: true } as const;
/** Whether what an asOf read shows certainly held that day, or only may have (a date as given). */
export const CERTAINTY = { enum: ['certain', 'uncertain'] } as const;
export const NULLABLE_STRING = { type: String, nullable: true } as const;
export const DATE_TIME = { format: 'date-time' } as const;
export const NEXT = {
  type: String,
  nullable: true,
  description:
    'The next page, relative to the server (also the Link header); null on the last page',
} as const;

/** What every time-travelling read echoes: the day it answers for and what was known when. */
export class TimeSliceEcho {
  @ApiProperty({ format: 'date', example: '2024-11-14' })
  asOf!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'As recorded by this moment (the time of the read for current knowledge)',
  })
  knownAt!: string;
}

/** The `next` of every paginated answer: follow it as it is (also sent as a Link header). */
export class NextPage {
  @ApiProperty(NEXT)
  next!: string | null;
}

/** Any event's data: its shape is the event type's (see the domain's events). */
export const EVENT_DATA = {
  type: 'object',
  additionalProperties: true,
  description: "The event's data, as its type defines it",
} as const;

export class RecordedActorResponse implements RecordedActor {
  @ApiProperty({ description: "The subject (the token's sub)" })
  id!: string;

  @ApiProperty({ enum: ROLES })
  role!: RecordedActor['role'];

  @ApiProperty({
    description: 'Short name of the organisation the actor belongs to',
    example: 'NAF',
  })
  organisation!: string;
}

export class NamedActorResponse extends RecordedActorResponse {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The name kept outside the event ("[name erased]" once erased)',
  })
  name!: string | null;
}

/** One event of a stream, as an auditor reads it against the hash chain. */
export class HistoryEventResponse {
  @ApiProperty() revision!: number;
  @ApiProperty({ description: 'Global position (a decimal string)' }) position!: string;
  @ApiProperty({ example: 'GroupFormed' }) type!: string;
  @ApiProperty() schemaVersion!: number;
  @ApiProperty(EVENT_DATA) data!: unknown;
  @ApiProperty(NULLABLE_DATE) validFrom!: string | null;
  @ApiProperty(DATE_TIME) recordedAt!: string;
  @ApiProperty({ type: NamedActorResponse }) actor!: NamedActorResponse;
  @ApiProperty(NULLABLE_STRING) onBehalfOf!: string | null;
  @ApiProperty(NULLABLE_STRING) reason!: string | null;
  @ApiProperty() correlationId!: string;
  @ApiProperty(NULLABLE_STRING) causationId!: string | null;
  @ApiProperty({ description: 'SHA-256 of the event, hex' }) hash!: string;
  @ApiProperty(NULLABLE_STRING) prevHash!: string | null;
}

/** Every `/…/{id}/history`: a page of the stream's events, oldest first. */
export class HistoryResponse extends NextPage {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'group-6b58ef41-…' }) stream!: string;
  @ApiProperty({ type: [HistoryEventResponse] }) events!: HistoryEventResponse[];
}
