import { createHash } from 'node:crypto';
import { Validator, type Schema } from 'jsonschema';
import { recordNynashamnInquiry } from '../../../apps/cli/src/demo/nynashamn-inquiry.demo';
import { recordNynashamnMinutes } from '../../../apps/cli/src/demo/nynashamn-minutes.demo';
import {
  recordNynashamn,
  type CommandAnswer,
  type SendCommand,
} from '../../../apps/cli/src/demo/nynashamn.demo';
import { startTestApp, type TestApp } from '../../support/test-app';
import { post, recordSeed, startNykopingApp } from '../agreements/agreements-api';

type Json = Record<string, unknown>;
interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: Json;
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

/**
 * Asks every JSON read of the document that the ids allow (of the lists `asks` accepts) and
 * validates each answer against its documented schema: the templates asked and the mismatches.
 */
async function askEveryRead(
  api: TestApp,
  document: Document,
  ids: Record<string, string>,
  asks: (list: string) => boolean,
): Promise<{ asked: string[]; mismatches: string[] }> {
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
    if (!asks(list)) continue;
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
  return { asked, mismatches };
}

describe('the API answers as its OpenAPI document says', () => {
  let api: TestApp;
  let document: Document;
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
    const { asked, mismatches } = await askEveryRead(api, document, ids, () => true);
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

/** The agreements' reads, asked in Nyköping (0480) once its seed agreement is recorded. */
describe("the agreements' answers as the OpenAPI document says", () => {
  let api: TestApp;
  let document: Document;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startNykopingApp('pglite');
    const seed = await recordSeed(api, 'openapi');
    ids.agreements = seed.agreement;
    // A Kolada figure's values by gender, one of them missing: the values answer has them all.
    ids.indicators = seed.indicators.kolada['N00955']!;
    await post(api, `/indicators/${ids.indicators}/values`, {
      values: [
        { period: '2023', municipality: '0480', gender: 'T', value: 31.2, status: null, count: 1 },
        { period: '2023', municipality: '0480', gender: 'K', value: 28.4, count: 1 },
        { period: '2023', municipality: '0480', gender: 'M', value: null, status: 'Missing' },
      ],
      provenance: {
        source: 'kolada',
        retrievedAt: '2025-03-01T10:00:00Z',
        sha256: createHash('sha256').update('{"values":[]}').digest('hex'),
      },
    });
    // A follow-up delivered and one missed: the calendar answers what was recorded of each.
    await post(api, `/agreements/${seed.agreement}/follow-ups`, {
      assignmentId: seed.labourMarket,
      dueOn: '2024-02-07',
      outcome: 'delivered',
      on: '2024-02-07',
      form: 'oral',
    });
    await post(api, `/agreements/${seed.agreement}/follow-ups`, {
      assignmentId: seed.integration,
      dueOn: '2024-02-07',
      outcome: 'missed',
      on: '2024-02-08',
      summary: 'Ingen rapport lämnades',
    });
    // An evaluation with a round in which two dimensions are not scored (its figures are null).
    ids.evaluations = (
      await post(api, '/evaluations', {
        name: 'Självskattning av samverkan KAN–DSO',
        subject: { kind: 'agreement', id: seed.agreement },
        dimensions: [
          { key: 'goals', label: 'Gemensamma mål' },
          { key: 'mandate', label: 'Tydligt mandat' },
          { key: 'trust', label: 'Tillit & dialog' },
        ],
        scale: { min: 1, max: 5 },
        definedOn: '2024-01-15',
      })
    ).id;
    await post(api, `/evaluations/${ids.evaluations}/rounds`, {
      heldOn: '2024-02-01',
      respondents: [{ organisationId: seed.kan, count: 1 }],
      scores: [{ organisationId: seed.kan, dimension: 'goals', score: 3 }],
    });
    await api.settled();
    document = (await api.http.get('/api/docs-json').expect(200)).body;
  }, 300_000);
  afterAll(() => api.close());

  it('answers every agreement, indicator, evaluation and follow-up read as documented', async () => {
    const lists = ['agreements', 'indicators', 'evaluations', 'follow-ups'];
    const { asked, mismatches } = await askEveryRead(api, document, ids, (list) =>
      lists.includes(list),
    );
    expect(mismatches).toEqual([]);
    expect(asked).toEqual(
      expect.arrayContaining([
        '/api/v1/agreements',
        '/api/v1/agreements/{id}',
        '/api/v1/agreements/{id}/economy',
        '/api/v1/indicators',
        '/api/v1/indicators/{id}/values',
        '/api/v1/evaluations/{id}',
        '/api/v1/follow-ups',
      ]),
    );
  });
});
