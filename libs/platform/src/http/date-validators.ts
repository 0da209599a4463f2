import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';
import { isDateAsGiven, isIsoDate, isTimeOfDay } from '@app/kernel';

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
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a calendar date YYYY-MM-DD`,
          options,
        ),
      },
    },
    options,
  );

/** YYYY, YYYY-MM or YYYY-MM-DD: a valid-time date as precise as its source. */
export const IsDateAsGiven = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isDateAsGiven',
      validator: {
        validate: (value) => isDateAsGiven(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a date YYYY, YYYY-MM or YYYY-MM-DD`,
          options,
        ),
      },
    },
    options,
  );

export const IsTimeOfDay = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isTimeOfDay',
      validator: {
        validate: (value) => isTimeOfDay(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a time of day HH:MM`,
          options,
        ),
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
