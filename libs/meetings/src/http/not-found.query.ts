import { DomainError } from '@app/kernel';

/** 404 with the aggregate's code (MEETING.NOT_FOUND, GROUP.NOT_FOUND), as known at `knownAt`. */
export function notFound(prefix: string, what: string, id: string, knownAt?: string): DomainError {
  const when = knownAt === undefined ? '' : `, as known at ${knownAt}`;
  return new DomainError(`${prefix}.NOT_FOUND`, `No ${what} ${id}${when}`, 'not-found', {
    id,
    ...(knownAt === undefined ? {} : { knownAt }),
  });
}
