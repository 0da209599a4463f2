/**
 * Checks every decider makes on its commands. Commands come from JSON, so the compiler's
 * promises about them are only promises; each check throws a DomainError with the caller's
 * prefix (GROUP, MEETING, …) so every context keeps its own stable codes.
 */
import { DomainError } from './domain-error';

/** A calendar date, YYYY-MM-DD. Such strings order correctly by plain comparison. */
export type IsoDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A time of day on the 24-hour clock, HH:MM, as minutes show it ("kl. 09.14" is 09:14). */
export type TimeOfDay = string;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeOfDay(value: unknown): value is TimeOfDay {
  return typeof value === 'string' && TIME.test(value);
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 2023-02-30 over into March; a real date survives the round trip.
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return (
    parsed.getUTCFullYear() === year &&
    parsed.getUTCMonth() === month - 1 &&
    parsed.getUTCDate() === day
  );
}

/**
 * Commands come from JSON, so the compiler's promises about them are only promises: each
 * decider checks dates, texts and enums itself and answers with its own stable code.
 */
export function requireDate(prefix: string, field: string, value: unknown): IsoDate {
  if (!isIsoDate(value)) {
    throw new DomainError(
      `${prefix}.INVALID_DATE`,
      `${field} must be a date YYYY-MM-DD`,
      'invalid',
      {
        field,
        value,
      },
    );
  }
  return value;
}

export function requireText(prefix: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new DomainError(
      `${prefix}.${upperSnake(field)}_REQUIRED`,
      `${field} must not be empty`,
      'invalid',
      {
        field,
      },
    );
  }
  return value.trim();
}

/** An optional text: absent or blank becomes null, so events never carry empty strings. */
export function optionalText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function requireOneOf<T extends string>(
  prefix: string,
  field: string,
  allowed: readonly T[],
  value: unknown,
): T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new DomainError(
      `${prefix}.INVALID_${upperSnake(field)}`,
      `${field} must be one of ${allowed.join(', ')}`,
      'invalid',
      {
        field,
        value,
        allowed,
      },
    );
  }
  return value as T;
}

export function requireId(prefix: string, field: string, value: unknown): string {
  return requireText(prefix, field, value);
}

/** Values that occur more than once, each named once. */
export function duplicatesOf(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

export function optionalDate(prefix: string, field: string, value: unknown): IsoDate | null {
  return value === undefined || value === null ? null : requireDate(prefix, field, value);
}

/** Absent lists are empty; anything else that is not an array is a malformed command. */
export function listOf<T>(prefix: string, field: string, value: unknown): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new DomainError(
      `${prefix}.INVALID_${upperSnake(field)}`,
      `${field} must be a list`,
      'invalid',
      {
        field,
      },
    );
  }
  return value as T[];
}

export function requireCount(prefix: string, field: string, value: unknown): number {
  if (!Number.isInteger(value) || (value as number) < 0) {
    throw new DomainError(
      `${prefix}.INVALID_${upperSnake(field)}`,
      `${field} must be a whole number, 0 or more`,
      'invalid',
      { field, value },
    );
  }
  return value as number;
}

function upperSnake(field: string): string {
  return field.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}
