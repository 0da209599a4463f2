import { DomainError } from '@app/kernel';

/** 404 with the aggregate's code (MEETING.NOT_FOUND, GROUP.NOT_FOUND). */
export function notFound(prefix: string, what: string, id: string): DomainError {
  return new DomainError(`${prefix}.NOT_FOUND`, `No ${what} ${id}`, 'not-found', { id });
}
