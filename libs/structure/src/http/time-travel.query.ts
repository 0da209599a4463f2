import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, ValidateBy, type ValidationOptions } from 'class-validator';
import { ConsistentQuery } from '@app/projections';
import { isIsoDate } from '../domain';
import { today, type TimeSlice } from '../read';

/** A full ISO 8601 timestamp with its offset: without one, "when" would depend on the server's zone. */
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = TIMESTAMP.exec(value);
  return match !== null && isIsoDate(match[1]) && !Number.isNaN(Date.parse(value));
}

export const IsDate = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value) => isIsoDate(value),
        defaultMessage: (args) => `${args?.property} must be a date YYYY-MM-DD`,
      },
    },
    options,
  );

export const IsTimestamp = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isTimestamp',
      validator: {
        validate: (value) => isTimestamp(value),
        defaultMessage: (args) =>
          `${args?.property} must be an ISO 8601 timestamp with a time zone, e.g. 2024-11-14T12:00:00Z`,
      },
    },
    options,
  );

/** `?asOf=&knownAt=` on every read, and `consistentWith` for reading one's own writes. */
export class TimeTravelQuery extends ConsistentQuery {
  @ApiPropertyOptional({
    description: 'What held on this day (valid time); default today (Europe/Stockholm)',
    example: '2023-11-06',
  })
  @IsOptional()
  @IsDate()
  asOf?: string;

  @ApiPropertyOptional({
    description: 'As recorded by this moment (record time); default now: current knowledge',
    example: '2024-11-20T12:00:00Z',
  })
  @IsOptional()
  @IsTimestamp()
  knownAt?: string;
}

/** `includeEnded=true` lists dissolved, merged, replaced and retired things too. */
export class ListQuery extends TimeTravelQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Include ended ones; default false',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  includeEnded?: 'true' | 'false';
}

export function sliceOf(query: TimeTravelQuery): TimeSlice {
  return {
    asOf: query.asOf ?? today(),
    knownAt: query.knownAt === undefined ? null : new Date(query.knownAt).toISOString(),
  };
}

/** The slice as answers echo it: `knownAt` null reads "current knowledge", given as the time of the read. */
export function echoOf(slice: TimeSlice): { asOf: string; knownAt: string } {
  return { asOf: slice.asOf, knownAt: slice.knownAt ?? new Date().toISOString() };
}
