import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { Request } from 'express';
import { wantsCsv } from './csv';
import {
  cursorInvalid,
  nextLinkOf,
  pageRequestOf,
  type Page,
  type PageQueryFields,
} from './pagination';

/**
 * Keyset pagination in SQL, the one way every list of a read model pages: the list is ordered by
 * a sort key whose last part names one row (its id), the cursor is the key of the last row
 * shown, and a page is `WHERE (key) > (cursor) ORDER BY key LIMIT limit + 1` — the extra row
 * only tells whether there is a next page. The database reads one page, however long the list.
 */

/** One part of a sort key as a cursor carries it. */
export type KeyPart = string | number;
export type SortKey = readonly KeyPart[];

/** A page asked for: how many, after which key; `whole` for a CSV export (no pages there). */
export interface KeysetRequest {
  limit: number;
  after?: SortKey;
  whole: boolean;
}

/** Every row, in the list's order: for the lists other answers are made of (and exports). */
export const WHOLE_LIST: KeysetRequest = { limit: 0, whole: true };

/**
 * The page a list's query asks for, its cursor read as the key of a list ordered by `arity`
 * columns: a JSON array of that many strings or numbers, else PAGE.CURSOR_INVALID.
 */
export function keysetRequestOf(
  query: PageQueryFields,
  request: Request,
  arity: number,
): KeysetRequest {
  const page = pageRequestOf(query);
  const whole = wantsCsv(request) && page.after === undefined;
  if (page.after === undefined) return { limit: page.limit, whole };
  return { limit: page.limit, after: sortKeyOf(page.after, arity, listOf(request)), whole };
}

/**
 * The list a cursor belongs to (its route): a cursor carries it, so that one from another list,
 * whose key may be a name where this list's is a date, is refused rather than read into SQL.
 */
function listOf(request: Request): string {
  return (request.route as { path?: string } | undefined)?.path ?? request.path;
}

function sortKeyOf(text: string, arity: number, list: string): SortKey {
  let key: unknown;
  try {
    key = JSON.parse(text);
  } catch {
    throw cursorInvalid();
  }
  const [from, ...parts] = Array.isArray(key) ? (key as unknown[]) : [];
  // PostgreSQL text holds no NUL: such a part came from no row.
  const valid = (part: unknown) =>
    (typeof part === 'string' && !part.includes('\u0000')) || Number.isFinite(part);
  if (from !== list || parts.length !== arity || !parts.every(valid)) throw cursorInvalid();
  return parts as SortKey;
}

/**
 * The rows after `key` in the order of `columns` (ascending): one row comparison, which an index
 * on the same columns answers as a range. The columns must not be null (coalesce them first).
 */
export function afterKey(
  columns: readonly (string | RawBuilder<unknown>)[],
  key: SortKey,
): RawBuilder<boolean> {
  const refs = columns.map((column) => (typeof column === 'string' ? sql.ref(column) : column));
  return sql<boolean>`(${sql.join(refs)}) > (${sql.join(key.map((part) => sql`${part}`))})`;
}

/**
 * A list's query paged in SQL: ordered by `columns` (ascending, the last one unique), the rows
 * after the request's key, at most limit + 1 of them (all of them for a CSV export). Filters are
 * the query's own, added before or after.
 */
export function keysetPage<QB extends SelectQueryBuilder<any, any, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
  query: QB,
  columns: readonly (string | RawBuilder<unknown>)[],
  page: KeysetRequest,
): QB {
  let paged = query as SelectQueryBuilder<any, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  if (page.after !== undefined) paged = paged.where(afterKey(columns, page.after));
  for (const column of columns) {
    paged = paged.orderBy(typeof column === 'string' ? sql.ref(column) : column);
  }
  if (!page.whole) paged = paged.limit(page.limit + 1);
  return paged as QB;
}

/**
 * The page among rows read with keysetPage (limit + 1 of them): the first `limit`, and the key
 * of the last of them when there is a next page (null on the last page).
 */
export function keysetSlice<T>(
  rows: readonly T[],
  keyOf: (row: T) => SortKey,
  page: KeysetRequest,
): { rows: T[]; after: SortKey | null } {
  if (page.whole || rows.length <= page.limit) return { rows: [...rows], after: null };
  const shown = rows.slice(0, page.limit);
  return { rows: shown, after: keyOf(shown.at(-1)!) };
}

/** The link to the page after `after` (the same request, its cursor replaced), or null. */
export function nextLinkAfter(request: Request, after: SortKey | null): string | null {
  return after === null ? null : nextLinkOf(request, JSON.stringify([listOf(request), ...after]));
}

/** The answer's page of rows read with keysetPage: keysetSlice with the link to the next page. */
export function pageOfRows<T>(
  rows: readonly T[],
  keyOf: (row: T) => SortKey,
  page: KeysetRequest,
  request: Request,
): Page<T> {
  const slice = keysetSlice(rows, keyOf, page);
  return { items: slice.rows, next: nextLinkAfter(request, slice.after) };
}

/**
 * The answer's page of a list computed in Node from several read models, where no one table
 * holds its order: sorted by its key (strings in locale order), the rows after the request's key,
 * then as pageOfRows. It reads the whole list each page, so only for lists bounded by their
 * subject (one organisation's seats on a date, one person's seats).
 */
export function pageOfComputedRows<T>(
  rows: readonly T[],
  keyOf: (row: T) => SortKey,
  page: KeysetRequest,
  request: Request,
): Page<T> {
  const after = page.after;
  const sorted = [...rows].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
  const rest =
    after === undefined ? sorted : sorted.filter((row) => compareKeys(keyOf(row), after) > 0);
  return pageOfRows(rest, keyOf, page, request);
}

function compareKeys(a: SortKey, b: SortKey): number {
  for (let part = 0; part < Math.min(a.length, b.length); part++) {
    const [x, y] = [a[part], b[part]];
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
