import { ConsistentQuery } from './consistent-query.dto';
import { PageCursor, PageLimit } from './pagination';

/** The base of a list's query: `?limit=` and `?cursor=` beside `?consistentWith=`. */
export class PageQuery extends ConsistentQuery {
  @PageLimit()
  limit?: number;

  @PageCursor()
  cursor?: string;
}
