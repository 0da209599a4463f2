import { startTestApp, type TestApp } from '../../support/test-app';

interface Schema {
  $ref?: string;
  required?: string[];
  properties?: Record<string, unknown>;
}
interface Response {
  content?: Record<string, { schema?: Schema }>;
}
interface Operation {
  operationId?: string;
  security?: unknown[];
  summary?: string;
  responses: Record<string, Response>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const PROBLEM_REF = '#/components/schemas/ProblemResponse';

/** What a client generator needs of one operation and lacks: empty when it has everything. */
function gapsOf(operation: Operation): string[] {
  const gaps: string[] = [];
  if (!operation.summary) gaps.push('no summary');
  const codes = Object.keys(operation.responses);
  const success = codes.filter((code) => code.startsWith('2'));
  const documented = success.some((code) =>
    Object.values(operation.responses[code].content ?? {}).some((media) => media.schema),
  );
  if (!documented) gaps.push('no 2xx response with a schema');
  // Only the health probes are public; every other route may answer 401 and 403 at least.
  if (operation.security && !codes.some((code) => code.startsWith('4'))) {
    gaps.push('no 4xx response');
  }
  for (const code of codes.filter((code) => /^[45]/.test(code))) {
    const content = operation.responses[code].content ?? {};
    if (content['application/problem+json']?.schema?.$ref !== PROBLEM_REF) {
      gaps.push(`${code} is not application/problem+json with the problem schema`);
    }
  }
  return gaps;
}

describe('the OpenAPI document', () => {
  let api: TestApp;
  let document: Document;
  beforeAll(async () => {
    api = await startTestApp({ config: { projections: false } });
    document = (await api.http.get('/api/docs-json').expect(200)).body as Document;
  });
  afterAll(() => api.close());

  it('documents every operation with a 2xx schema and its problem+json errors', () => {
    const gaps = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) =>
        gapsOf(operation).map((gap) => `${method.toUpperCase()} ${path}: ${gap}`),
      ),
    );
    expect(gaps).toEqual([]);
  });

  it('documents the problem with its stable code', () => {
    const problem = document.components.schemas.ProblemResponse;
    expect(problem.required).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'code']),
    );
  });

  it('names every operation once, so a generated client has one call per operation', () => {
    const ids = Object.values(document.paths).flatMap((operations) =>
      Object.values(operations).map((operation) => operation.operationId),
    );
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
