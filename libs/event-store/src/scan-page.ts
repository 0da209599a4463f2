/**
 * A page of a list some of whose entries are only known to belong to it once read (a status
 * computed on a date, a record as known at a moment, an event dated after asOf): windows of the
 * list are read in its order after `after` until the page is full or the list ends, and `keep`
 * turns each window into the entries it holds (dropping some). A window is a page and one
 * entry, so a full page costs a few reads rather than the whole list. Answers up to limit + 1
 * entries (the last only says there is more); `whole` reads every window (an export).
 */
export async function scanPage<R, T, K>(
  /** The rows after `after` in the list's order: at least `limit` of them unless it ends. */
  read: (after: K | undefined, limit: number) => Promise<R[]>,
  keep: (rows: R[]) => Promise<T[]> | T[],
  keyOf: (row: R) => K,
  page: { limit: number; after?: K; whole?: boolean },
): Promise<T[]> {
  const wanted = page.whole ? Infinity : page.limit + 1;
  const window = page.whole ? 1000 : page.limit + 1;
  const kept: T[] = [];
  let after = page.after;
  for (;;) {
    const rows = await read(after, window);
    kept.push(...(await keep(rows)));
    if (rows.length < window || kept.length >= wanted) break;
    after = keyOf(rows.at(-1)!);
  }
  return page.whole ? kept : kept.slice(0, wanted);
}
