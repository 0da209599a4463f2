import { DomainError } from '@app/kernel';
import type { ExpectedRevision } from './event-store.port';

export const WRONG_EXPECTED_REVISION = 'EVENT_STORE.WRONG_EXPECTED_REVISION';
export const EVENT_ID_CONFLICT = 'EVENT_STORE.EVENT_ID_CONFLICT';
export const INVALID_APPEND = 'EVENT_STORE.INVALID_APPEND';

export function describeExpected(expected: ExpectedRevision): string {
  return expected.kind === 'exact' ? `revision ${expected.revision}` : expected.kind;
}

/**
 * The stream was not where the writer expected it: someone else appended first. `actual` is the
 * stream's last revision, or null when the stream does not exist. Details carry strings, not
 * bigints, because they end up in a JSON problem document.
 */
export class WrongExpectedRevisionError extends DomainError {
  constructor(
    readonly tenant: string,
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: bigint | null,
  ) {
    super(
      WRONG_EXPECTED_REVISION,
      `Stream ${stream} was expected at ${describeExpected(expected)} but is at ${
        actual === null ? 'no stream' : `revision ${actual}`
      }`,
      'conflict',
      {
        stream,
        expected: expected.kind === 'exact' ? expected.revision.toString() : expected.kind,
        actual: actual === null ? null : actual.toString(),
      },
    );
    this.name = 'WrongExpectedRevisionError';
  }
}

/** An event id that is already recorded with other content or at another place: not a retry. */
export class EventIdConflictError extends DomainError {
  constructor(
    readonly stream: string,
    readonly eventId: string,
    reason: string,
  ) {
    super(EVENT_ID_CONFLICT, `Event ${eventId} in stream ${stream}: ${reason}`, 'invalid', {
      stream,
      eventId,
    });
    this.name = 'EventIdConflictError';
  }
}

/** A batch the store refuses before touching the database (empty, too large, malformed). */
export class InvalidAppendError extends DomainError {
  constructor(message: string) {
    super(INVALID_APPEND, message, 'invalid');
    this.name = 'InvalidAppendError';
  }
}
