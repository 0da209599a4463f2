import { DomainError } from '@app/kernel';

export const IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY.KEY_REUSED';
export const PRECONDITION_FAILED = 'REQUEST.PRECONDITION_FAILED';
export const CONCURRENT_MODIFICATION = 'CONCURRENCY.CONFLICT';
export const RESUMED_TOO_LATE = 'PROCESS.RESUMED_TOO_LATE';

/** If-Match named a revision the stream has moved past: 412. */
export function staleRevision(stream: string, expected: number, actual: number): DomainError {
  return new DomainError(
    PRECONDITION_FAILED,
    `If-Match named revision ${expected} but ${stream} is at revision ${actual}`,
    'precondition',
    { expected, actual },
  );
}

export function keyReused(): DomainError {
  return new DomainError(
    IDEMPOTENCY_KEY_REUSED,
    'This Idempotency-Key was used before for a different command',
    'invalid',
  );
}

/** Every bounded retry lost its race: 409, and the client may simply try again. */
export function keptChanging(what: string): DomainError {
  return new DomainError(
    CONCURRENT_MODIFICATION,
    `${what} kept changing under this command; try again`,
    'conflict',
  );
}

/**
 * An interrupted multi-stream command, repeated with its key, would finish a stream that others
 * have written to since it began: its decision could be out of date, so nothing more is written.
 */
export function resumedTooLate(what: string, stream: string): DomainError {
  return new DomainError(
    RESUMED_TOO_LATE,
    `${what} was interrupted and ${stream} has changed since; send it again without the Idempotency-Key`,
    'conflict',
  );
}
