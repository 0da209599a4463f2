import type { Identity } from './identity';

/** What every command carries besides its own data: who, under which request, on what terms. */
export interface CommandContext {
  identity: Identity;
  /** The request id: every event a request records shares it. */
  correlationId: string;
  /** From If-Match: the revision the client saw; a newer one makes the command fail with 412. */
  expectedRevision?: number;
  /** From Idempotency-Key: repeating the command returns the first result and records nothing. */
  idempotencyKey?: string;
  /**
   * The request as the client sent it (route, resource and canonical body, reason and onBehalfOf
   * included), digested: what an Idempotency-Key is bound to. Never what the server loaded while
   * deciding, which may change between a request and its honest retry. Set at the HTTP edge; an
   * in-process caller without it binds the key to the command or process input it sends.
   */
  request?: string;
  /** Why, in the actor's words; kept in every event's metadata. */
  reason?: string;
  /** On whose behalf the actor records this, when not their own organisation's. */
  onBehalfOf?: string;
}

/** The answer to every command: the aggregate, its revision after the command, and where in the log. */
export interface CommandResult {
  id: string;
  revision: number;
  /** Global position as a decimal string: pass it as `consistentWith` to read your own write. */
  position: string;
}
