import type { Request } from 'express';
import { cursorInvalid } from '@app/projections';

/** SQLSTATE class 22, data exception: a value the column's type cannot hold. */
const DATA_EXCEPTION = /^22[0-9A-Z]{3}$/;

/**
 * A cursor's key is the one piece of a client's text that reaches SQL untyped: a list knows its
 * key only as columns, so a hand-made key with a word where the list's key has a date or an id
 * fails in the database. In a request that carries a cursor, such a data exception is the
 * cursor's fault and is refused as any other bad cursor is (400), not answered as our failure;
 * every other input is typed by its DTO before it reaches SQL.
 */
export function blameCursor(error: unknown, request: Request): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const fromData = typeof code === 'string' && DATA_EXCEPTION.test(code);
  return fromData && request.query.cursor !== undefined ? cursorInvalid() : error;
}
