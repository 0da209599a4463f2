import type { Request } from 'express';
import { keysetRequestOf, pageOfRows, type KeysetRequest, type SortKey } from '@app/projections';
import type { TimeSlice } from '../read';
import { echoOf, sliceOf, type PagedQuery } from './time-travel.query';

/** A list as its queries order it: the sort key's columns, and each row's key in that order. */
export interface ListOrder<Row> {
  columns: readonly string[];
  keyOf: (row: Row) => SortKey;
}

/**
 * The answer of a list on the query's slice: the page `read` finds there, asked for by
 * `?limit=&cursor=` (the cursor read as a key of the list's order), under `name`, with the slice
 * echoed and the link to the next page. What a list filters on is the caller's, in `read`.
 */
export async function listAnswer<Row, Name extends string>(
  query: PagedQuery,
  request: Request,
  name: Name,
  order: ListOrder<Row>,
  read: (slice: TimeSlice, wanted: KeysetRequest) => Promise<Row[]>,
): Promise<{ asOf: string; knownAt: string } & Record<Name, Row[]> & { next: string | null }> {
  const slice = sliceOf(query);
  const wanted = keysetRequestOf(query, request, order.columns.length);
  const page = pageOfRows(await read(slice, wanted), order.keyOf, wanted, request);
  const answer = { ...echoOf(slice), [name]: page.items, next: page.next };
  return answer as { asOf: string; knownAt: string } & Record<Name, Row[]> & {
      next: string | null;
    };
}
