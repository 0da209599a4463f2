import type { Request } from 'express';
import { pageOfList, pageRequestOf, type Page, type PageQueryFields } from './pagination';

/**
 * A page of one stream's history: a stream's revisions are its stable order, so the last
 * revision shown is where the next page starts.
 */
export function historyPageOf<T extends { revision: number }>(
  events: readonly T[],
  query: PageQueryFields,
  request: Request,
): Page<T> {
  return pageOfList(events, (event) => String(event.revision), pageRequestOf(query), request);
}
