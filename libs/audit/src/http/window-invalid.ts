import { validationFailed } from '@app/platform';

/** A window whose end comes before its start: the client's mistake, named like any bad field. */
export function windowInvalid(end: string, start: string) {
  return validationFailed([{ field: end, messages: [`${end} must not be before ${start}`] }]);
}
