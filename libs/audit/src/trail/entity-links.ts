/**
 * Where an entity of each kind is read over the API, and its history. A kind without a resource
 * of its own (a body's item-number register) has no link.
 */
const RESOURCES: Record<string, { path: string; history: boolean }> = {
  organisation: { path: 'organisations', history: true },
  person: { path: 'people', history: false },
  model: { path: 'models', history: true },
  group: { path: 'groups', history: true },
  meeting: { path: 'meetings', history: true },
  assignment: { path: 'assignments', history: true },
  inquiry: { path: 'inquiries', history: true },
  agreement: { path: 'agreements', history: true },
  evaluation: { path: 'evaluations', history: false },
  post: { path: 'posts', history: true },
};

export const API_PREFIX = '/api/v1';

export interface EntityLink {
  kind: string;
  id: string;
  href: string | null;
  historyHref: string | null;
}

export function entityLink(kind: string, id: string): EntityLink {
  const resource = RESOURCES[kind];
  if (!resource) return { kind, id, href: null, historyHref: null };
  const href = `${API_PREFIX}/${resource.path}/${encodeURIComponent(id)}`;
  return { kind, id, href, historyHref: resource.history ? `${href}/history` : null };
}
