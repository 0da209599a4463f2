import { EVENT_STORE, START, type EventStore } from '@app/event-store';
import { startTestApp, type TestApp } from '../../support/test-app';
import { routeTable, type Route } from '../../support/route-table';
import { API, tokenFor } from '../structure/structure-api';
import { decisionStage, identityOf } from './access-api';

/** An agreement in force between the committee and NAF, with a goal and its indicator. */
async function agreementStage(api: TestApp, stage: Awaited<ReturnType<typeof decisionStage>>) {
  const post = async (url: string, body: object) => {
    const response = await api.http.post(`${API}${url}`).send(body);
    if (response.status >= 300) throw new Error(`${url}: ${JSON.stringify(response.body)}`);
    return response.body.id as string;
  };
  const agreementId = await post('/agreements', {
    title: 'Överenskommelse 2024',
    parties: [
      { organisationId: stage.committee, role: 'principal', representative: 'ordförande' },
      {
        organisationId: stage.administration,
        role: 'provider',
        representative: 'förvaltningschef',
      },
    ],
    validFrom: '2024-01-01',
    validTo: '2024-12-31',
    draftedOn: '2023-12-01',
  });
  const goal = { goalId: 'g-1', level: 'board', setBy: stage.committee, text: 'Fler i arbete' };
  await post(`/agreements/${agreementId}/goals`, {
    goal: { ...goal, period: { fromYear: 2024, toYear: 2024 } },
  });
  const indicatorId = await post('/indicators', {
    name: 'Antal i arbete',
    source: { kind: 'own' },
    unit: 'antal',
    dividedByGender: false,
    periodicity: 'year',
    attachedTo: { agreementId, goalId: 'g-1' },
  });
  const evaluationId = await post('/evaluations', {
    name: 'Självskattning av samverkan',
    subject: { kind: 'agreement', id: agreementId },
    dimensions: ['mål', 'mandat', 'tillit'].map((key) => ({ key, label: key })),
    scale: { min: 1, max: 5 },
    definedOn: '2024-01-01',
  });
  await post(`/evaluations/${evaluationId}/rounds`, {
    heldOn: '2024-03-01',
    respondents: [{ organisationId: stage.administration, count: 1 }],
    scores: [{ organisationId: stage.administration, dimension: 'mål', score: 4 }],
  });
  return { agreementId, indicatorId, evaluationId };
}

/** Routes that answer about the caller or the system, not a municipality's record. */
const NOT_TENANT_DATA = [`${API}/me`, `${API}/projections`];
/** Routes about the caller's own transparency log: 404 for a municipality without a checkpoint. */
const OWN_LOG = [`${API}/audit/checkpoints/latest`, `${API}/audit/proofs/consistency`];

interface OpenApiParameter {
  name: string;
  in: string;
  required?: boolean;
}

/**
 * Another municipality's token sees nothing of Nynäshamn, on every GET route of the app's own
 * route table: each id route (a path id, or a required id in the query) answers 404 for
 * Nynäshamn's ids, each list route answers lists that are empty and name none of its ids. A new
 * route is covered by being added; a route with an id this test cannot supply fails it.
 */
describe('tenant isolation on every route', () => {
  let api: TestApp;
  let ids: Record<string, Record<string, string>>;
  let document: { paths: Record<string, Record<string, { parameters?: OpenApiParameter[] }>> };
  let tyreso: string;
  let tyresoReader: string;

  beforeAll(async () => {
    api = await startTestApp();
    const stage = await decisionStage(api);
    const { meetingId, itemId } = stage;
    const assignmentId = await stage.issue(stage.administration);
    const inquiry = await api.http.post(`${API}/inquiries`).send({
      receivedOn: '2023-09-01',
      from: 'De förtroendevalda revisorerna',
      subject: 'Nynäshamnsmodellen',
      addressedTo: [stage.committee],
      questions: ['Hur ser arbetet ut i praktiken?'],
    });
    const post = await api.http.post(`${API}/posts`).send({
      organisationId: stage.administration,
      name: 'Förvaltningschef',
      establishedOn: '2023-01-01',
    });
    expect(post.status).toBe(201);
    const models = await api.http.get(`${API}/models`).query({ includeEnded: 'true' });
    const modelId: string = models.body.models[0].id;
    const [anEvent] = await api.app.get<EventStore>(EVENT_STORE).readAll(START, 1);
    const { agreementId, indicatorId, evaluationId } = await agreementStage(api, stage);
    // By the route's first segment, then the parameter's name.
    ids = {
      organisations: { id: stage.administration },
      people: { id: stage.people.pirrone },
      models: { id: modelId },
      groups: { id: stage.group },
      meetings: { id: meetingId, itemId },
      assignments: { id: assignmentId },
      audit: { eventId: anEvent.id, id: anEvent.id },
      agreements: { id: agreementId },
      indicators: { id: indicatorId },
      // A round number no answer contains by chance (ids are looked for in every answer's text).
      evaluations: { id: evaluationId, round: '90210' },
      inquiries: { id: inquiry.body.id },
      posts: { id: post.body.id },
      '*': {
        modelId,
        groupId: stage.group,
        organisationId: stage.administration,
        personId: stage.people.pirrone,
        meetingId,
        bodyId: stage.committee,
        postId: post.body.id,
      },
    };
    document = (await api.http.get('/api/docs-json')).body;
    tyreso = await tokenFor(api, identityOf('admin', 'SOC', '0138'));
    tyresoReader = await tokenFor(api, identityOf('auditor', 'SOC', '0138'));
  }, 180_000);
  afterAll(() => api.close());

  const nynashamnIds = () => new Set(Object.values(ids).flatMap((byName) => Object.values(byName)));

  function idFor(route: Route, name: string): string {
    const segment = route.path.split('/')[3];
    const id = ids[segment]?.[name] ?? ids['*'][name];
    if (!id) throw new Error(`${route.path}: say which Nynäshamn id :${name} takes here`);
    return id;
  }

  function queryOf(route: Route): { query: Record<string, string>; needsId: boolean } {
    const openApiPath = route.path.replace(/:(\w+)/g, '{$1}');
    const parameters = document.paths[openApiPath]?.get?.parameters ?? [];
    const query: Record<string, string> = {};
    let needsId = false;
    for (const { name, in: where, required } of parameters) {
      if (where !== 'query') continue;
      if (name === 'includeEnded') query[name] = 'true';
      if (!required) continue;
      if (/Id$/.test(name)) {
        query[name] = idFor(route, name);
        needsId = true;
      } else if (name === 'from' && route.path.includes('/proofs/')) {
        query[name] = '0';
      } else if (name === 'from' || name === 'to') {
        query[name] = name === 'from' ? '2019-01-01' : '2030-12-31';
      } else if (name === 'since') {
        query[name] = '2000-01-01T00:00:00Z';
      } else {
        throw new Error(`${route.path}: say what the required query parameter ${name} takes`);
      }
    }
    return { query, needsId };
  }

  it('answers 404 on every id route and empty lists on every list route', async () => {
    const routes = routeTable(api.app).filter(
      (route) => route.method === 'GET' && !route.isPublic && !NOT_TENANT_DATA.includes(route.path),
    );
    expect(routes.length).toBeGreaterThan(15);
    const leaks: string[] = [];
    for (const route of routes) {
      const path = route.path.replace(/:(\w+)/g, (_, name: string) => idFor(route, name));
      const { query, needsId } = queryOf(route);
      const response = await api.http
        .get(path)
        .query(query)
        .set('Authorization', `Bearer ${tyreso}`);
      const isIdRoute =
        path !== route.path || needsId || (OWN_LOG.includes(route.path) && response.status !== 200);
      const text = JSON.stringify(response.body ?? {}) + (response.text ?? '');
      const named = [...nynashamnIds()].filter((id) => text.includes(id));
      if (isIdRoute) {
        if (response.status !== 404) leaks.push(`${route.path}: ${response.status}, not 404`);
      } else if (response.status !== 200) {
        leaks.push(`${route.path}: ${response.status}, not 200`);
      } else if (nonEmptyLists(response.body).length > 0) {
        leaks.push(`${route.path}: lists ${nonEmptyLists(response.body).join(', ')}`);
      } else if (named.length > 0) {
        leaks.push(`${route.path}: names ${named.join(', ')}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it("shows no one but who runs the projections their positions, which count every municipality's events", async () => {
    const reader = await api.http
      .get(`${API}/projections`)
      .set('Authorization', `Bearer ${tyresoReader}`);
    expect(reader.status).toBe(200);
    expect(reader.body).not.toHaveProperty('head');
    for (const projection of reader.body.projections) {
      expect(Object.keys(projection).sort()).toEqual(['active', 'name', 'state', 'version']);
    }
    const admin = await api.http.get(`${API}/projections`).set('Authorization', `Bearer ${tyreso}`);
    expect(admin.body).toHaveProperty('head');
  });
});

/** The dotted paths of every non-empty array in a JSON value. */
function nonEmptyLists(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) {
    return value.length > 0 ? [at || '(body)'] : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    nonEmptyLists(child, at ? `${at}.${key}` : key),
  );
}
