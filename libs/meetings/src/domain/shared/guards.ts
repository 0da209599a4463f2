import { DomainError } from '@app/kernel';
import { isTimeOfDay, type TimeOfDay } from './calendar';

/** The shared command checks (from the kernel) and the ones only minutes need: times of day. */
export {
  requireDate,
  optionalDate,
  requireText,
  optionalText,
  requireOneOf,
  listOf,
  requireCount,
  duplicatesOf,
} from '@app/kernel';

export function requireTime(prefix: string, field: string, value: unknown): TimeOfDay {
  if (!isTimeOfDay(value)) {
    throw new DomainError(`${prefix}.INVALID_TIME`, `${field} must be a time HH:MM`, 'invalid', {
      field,
      value,
    });
  }
  return value;
}

export function optionalTime(prefix: string, field: string, value: unknown): TimeOfDay | null {
  return value === undefined || value === null ? null : requireTime(prefix, field, value);
}
