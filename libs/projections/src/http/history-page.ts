import type { Request } from 'express';
import {
  cursorInvalid,
  nextLinkOf,
  pageRequestOf,
  type Page,
  type PageQueryFields,
} from './pagination';

/** The window of a stream a history page reads: how many events, after which revision. */
export interface HistoryWindow {
  limit: number;
  after?: number;
}

const REVISION = /^(0|[1-9][0-9]{0,14})$/;

/**
 * The window a history's query asks for. A stream's revisions are its stable order, so the
 * cursor is the last revision shown (the format the histories have always handed out).
 */
export function historyWindowOf(query: PageQueryFields): HistoryWindow {
  const page = pageRequestOf(query);
  if (page.after === undefined) return { limit: page.limit };
  if (!REVISION.test(page.after)) throw cursorInvalid();
  return { limit: page.limit, after: Number(page.after) };
}

/**
 * The page of a history read for historyWindowOf (streamHistoryPage: up to limit + 1 entries,
 * the last only saying there is more): the first `limit`, and the link to the next page.
 */
export function historyPageOf<T extends { revision: number }>(
  entries: readonly T[],
  window: HistoryWindow,
  request: Request,
): Page<T> {
  if (entries.length <= window.limit) return { items: [...entries], next: null };
  const items = entries.slice(0, window.limit);
  return { items, next: nextLinkOf(request, String(items.at(-1)!.revision)) };
}

/**
 * What a stream's `/…/{id}/history` answers (HistoryResponse): the window the query asks for,
 * read by `read`, as a page naming its stream. Undefined where `read` finds no such stream, for
 * the caller to answer with its own 404.
 */
export async function historyAnswerOf<T extends { revision: number }>(
  query: PageQueryFields,
  request: Request,
  stream: { id: string; name: string },
  read: (window: HistoryWindow) => Promise<T[] | undefined>,
): Promise<{ id: string; stream: string; events: T[]; next: string | null } | undefined> {
  const window = historyWindowOf(query);
  const events = await read(window);
  if (!events) return undefined;
  const page = historyPageOf(events, window, request);
  return { id: stream.id, stream: stream.name, events: page.items, next: page.next };
}
