import { Validator, type Schema } from 'jsonschema';
import { recordNynashamnInquiry } from '../../../apps/cli/src/demo/nynashamn-inquiry.demo';
import { recordNynashamnMinutes } from '../../../apps/cli/src/demo/nynashamn-minutes.demo';
import {
  recordNynashamn,
  type CommandAnswer,
  type SendCommand,
} from '../../../apps/cli/src/demo/nynashamn.demo';
import { startTestApp, type TestApp } from '../../support/test-app';

type Json = Record<string, unknown>;
interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
}

/** OpenAPI 3.0's `nullable` as JSON Schema says it, so a JSON Schema validator reads it. */
function jsonSchemaOf(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(jsonSchemaOf);
  if (typeof schema !== 'object' || schema === null) return schema;
  const { nullable, ...rest } = schema as Json;
  const converted = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [
      key,
      key === 'properties'
        ? Object.fromEntries(
            Object.entries(value as Json).map(([name, property]) => [name, jsonSchemaOf(property)]),
          )
        : jsonSchemaOf(value),
    ]),
  );
  if (nullable !== true) return converted;
  return { anyOf: [converted, { type: 'null' }] };
}

/** Query parameters the reads need to answer at all. */
const QUERIES: Record<string, string> = {
  '/api/v1/structure': 'modelId={models}',
  '/api/v1/structure/changes': 'modelId={models}&from=2020-01-01&to=2025-12-31',
  '/api/v1/audit/changes': 'since=2020-01-01T00:00:00Z',
  '/api/v1/groups/{id}/cadence': 'from=2023-01-01&to=2024-12-31',
  '/api/v1/organisations/{id}/cadence': 'from=2023-01-01&to=2024-12-31',
  '/api/v1/follow-ups': 'from=2024-01-01&to=2024-12-31',
  '/api/v1/audit/proofs/inclusion': 'eventId={event}',
  '/api/v1/audit/proofs/consistency': 'from=1',
};

/** Lists that give the ids the other reads are asked about. */
const LISTS = [
  'organisations',
  'people',
  'models',
  'groups',
  'meetings',
  'assignments',
  'inquiries',
  'posts',
];

/** Reads asked about another id than their list's first: only a board has a cadence. */
const ID_OF: Record<string, string> = { '/api/v1/organisations/{id}/cadence': 'boards' };

describe('the API answers as its OpenAPI document says', () => {
  let api: TestApp;
  let document: { paths: Record<string, Record<string, Operation>>; components: Json };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApp();
    const send: SendCommand = async (path, body, idempotencyKey) => {
      const response = await api.http
        .post(`/api/v1${path}`)
        .set('Idempotency-Key', idempotencyKey)
        .send(body);
      if (response.status >= 300) throw new Error(`POST ${path}: ${response.text}`);
      return response.body as CommandAnswer;
    };
    const structure = await recordNynashamn(send);
    const minutes = await recordNynashamnMinutes(send, structure);
    await recordNynashamnInquiry(send, minutes);
    await api.settled();
    // A signed checkpoint, so that the transparency log's reads have one to answer with.
    await api.http.post('/api/v1/audit/checkpoints').expect(201);
    const trail = await api.http.get('/api/v1/audit/events?limit=1');
    ids.event = (trail.body as { events: Json[] }).events[0].eventId as string;
    document = (await api.http.get('/api/docs-json').expect(200)).body;
    for (const list of LISTS) {
      // Ended ones too where the list has them (a list without the filter refuses it).
      const withEnded = await api.http.get(`/api/v1/${list}?includeEnded=true`);
      const body = (withEnded.status === 200 ? withEnded : await api.http.get(`/api/v1/${list}`))
        .body as Json;
      const entries = Object.values(body).find(Array.isArray) as Json[] | undefined;
      if (entries?.[0]) ids[list] = entries[0].id as string;
    }
    const boards = await api.http.get('/api/v1/organisations?kind=board');
    ids.boards = (boards.body as { organisations: Json[] }).organisations[0].id as string;
  }, 300_000);
  afterAll(() => api.close());

  it('every JSON read it can ask answers a body its documented schema accepts', async () => {
    const validator = new Validator();
    const root = {
      id: 'http://samverkan.invalid/openapi.json',
      components: jsonSchemaOf(document.components),
    };
    validator.addSchema(root as Schema, 'http://samverkan.invalid/openapi.json');
    const mismatches: string[] = [];
    const asked: string[] = [];
    for (const [template, operations] of Object.entries(document.paths)) {
      const schema = operations.get?.responses['200']?.content?.['application/json']?.schema;
      if (!schema) continue;
      const list = ID_OF[template] ?? template.split('/')[3];
      if (template.includes('{') && !(template.includes('{id}') && ids[list])) continue;
      const query = (QUERIES[template] ?? '')
        .replace('{models}', ids.models)
        .replace('{event}', ids.event);
      const url = `${template.replace('{id}', ids[list])}${query ? `?${query}` : ''}`;
      const response = await api.http.get(url);
      if (response.status !== 200) {
        mismatches.push(`GET ${url}: ${response.status} ${response.text.slice(0, 200)}`);
        continue;
      }
      asked.push(template);
      const result = validator.validate(response.body, {
        ...(jsonSchemaOf(schema) as Json),
        id: 'http://samverkan.invalid/openapi.json',
        components: root.components,
      } as Schema);
      mismatches.push(...result.errors.map((error) => `GET ${template}: ${error.stack}`));
    }
    expect(mismatches).toEqual([]);
    // The reads that matter most were asked, not skipped for want of an id.
    expect(asked).toEqual(
      expect.arrayContaining([
        '/api/v1/groups/{id}',
        '/api/v1/meetings/{id}',
        '/api/v1/assignments/{id}',
        '/api/v1/inquiries/{id}/history',
        '/api/v1/structure',
      ]),
    );
  });
});
