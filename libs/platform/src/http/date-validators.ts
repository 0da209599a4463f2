import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';
import { isDateAsGiven, isIsoDate, isTimeOfDay } from '@app/kernel';

/** A full ISO 8601 timestamp with its offset: without one, "when" would depend on the server's zone. */
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = TIMESTAMP.exec(value);
  return match !== null && isIsoDate(match[1]) && !Number.isNaN(Date.parse(value));
}

/** A string field of one format, answered as "<property> must be <what>". */
const formatOf =
  (name: string, holds: (value: unknown) => boolean, what: string) =>
  (options?: ValidationOptions) =>
    ValidateBy(
      {
        name,
        validator: {
          validate: (value) => holds(value),
          defaultMessage: buildMessage((each) => `${each}$property must be ${what}`, options),
        },
      },
      options,
    );

export const IsDate = formatOf('isCalendarDate', isIsoDate, 'a calendar date YYYY-MM-DD');

/** YYYY, YYYY-MM or YYYY-MM-DD: a valid-time date as precise as its source. */
export const IsDateAsGiven = formatOf(
  'isDateAsGiven',
  isDateAsGiven,
  'a date YYYY, YYYY-MM or YYYY-MM-DD',
);

export const IsTimeOfDay = formatOf('isTimeOfDay', isTimeOfDay, 'a time of day HH:MM');

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
