import { DomainError } from '@app/kernel';
import type { TimeSlice } from '../read';

/** 404 with the aggregate's code: nothing by that id held on the date, as known at the time. */
export function notFound(prefix: string, what: string, id: string, slice?: TimeSlice): DomainError {
  const when = slice
    ? ` on ${slice.asOf}${slice.knownAt === null ? '' : `, as known at ${slice.knownAt}`}`
    : '';
  return new DomainError(`${prefix}.NOT_FOUND`, `No ${what} ${id}${when}`, 'not-found', {
    id,
    ...(slice ? { asOf: slice.asOf, knownAt: slice.knownAt } : {}),
  });
}
