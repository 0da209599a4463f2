import type { Request } from 'express';
import type { HistorySources } from '@app/event-store';
import { historyAnswerOf, type HistoryQuery } from '@app/projections';
import { historyOf, type HistoryOf } from '../read';
import { notFound } from './not-found';

const NOT_FOUND: Record<HistoryOf, [code: string, what: string]> = {
  organisation: ['ORGANISATION', 'organisation'],
  model: ['MODEL', 'collaboration model'],
  group: ['GROUP', 'group'],
  post: ['POST', 'post'],
};

/** One page of an organisation's, a model's, a group's or a post's stream, oldest first. */
export async function historyAnswer(
  sources: HistorySources,
  tenant: string,
  of: HistoryOf,
  id: string,
  query: HistoryQuery,
  request: Request,
) {
  const answer = await historyAnswerOf(query, request, { id, name: `${of}-${id}` }, (window) =>
    historyOf(sources, tenant, of, id, query, window),
  );
  if (!answer) throw notFound(...NOT_FOUND[of], id);
  return answer;
}
