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
  return { limit: page.limit, after: sortKeyOf(page.after, arity), whole };
}

function sortKeyOf(text: string, arity: number): SortKey {
  let key: unknown;
  try {
    key = JSON.parse(text);
  } catch {
    throw cursorInvalid();
  }
  const parts = Array.isArray(key) ? (key as unknown[]) : [];
  const valid = (part: unknown) => typeof part === 'string' || Number.isFinite(part);
  if (parts.length !== arity || !parts.every(valid)) throw cursorInvalid();
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
 * The answer's page of rows read with keysetPage (limit + 1 of them): the first `limit`, and
 * the link to the next page, whose cursor is the key of the last row shown.
 */
export function pageOfRows<T>(
  rows: readonly T[],
  keyOf: (row: T) => SortKey,
  page: KeysetRequest,
  request: Request,
): Page<T> {
  if (page.whole || rows.length <= page.limit) return { items: [...rows], next: null };
  const items = rows.slice(0, page.limit);
  return { items, next: nextLinkOf(request, JSON.stringify(keyOf(items.at(-1)!))) };
}

/**
 * A page of a list some of whose rows are only known to be in it after they are read (a status
 * computed on a date, a record replayed as known at a moment): windows of the list are read in
 * its order after `after` until the page is full or the list ends, and what `keep` drops is
 * skipped. Each window is a page and a row, so a full page costs a few reads. Answers up to
 * limit + 1 rows, as keysetPage does, for pageOfRows.
 */
export async function scanPage<R, K>(
  read: (after: K | undefined, limit: number) => Promise<R[]>,
  keep: (rows: R[]) => Promise<R[]> | R[],
  keyOf: (row: R) => K,
  page: { limit: number; after?: K; whole?: boolean },
): Promise<R[]> {
  const wanted = page.whole ? Infinity : page.limit + 1;
  const window = page.whole ? 1000 : page.limit + 1;
  const kept: R[] = [];
  let after = page.after;
  for (;;) {
    const rows = await read(after, window);
    kept.push(...(await keep(rows)));
    if (rows.length < window || kept.length >= wanted) break;
    after = keyOf(rows.at(-1)!);
  }
  return page.whole ? kept : kept.slice(0, wanted);
}
