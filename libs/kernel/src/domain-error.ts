/**
 * A broken rule of the domain. The code is stable and part of the public API
 * (`GROUP.PARENT_DISSOLVED`); the HTTP layer maps the kind to a status.
 */
export type DomainErrorKind =
  | 'invalid' // 422: the command is well-formed but breaks a rule
  | 'not-found' // 404
  | 'conflict' // 409: the current state does not allow it
  | 'precondition'; // 412: If-Match did not match

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: DomainErrorKind = 'invalid',
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
