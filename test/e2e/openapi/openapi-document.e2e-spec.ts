import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_DATA } from '@app/projections';
import { startTestApp, type TestApp } from '../../support/test-app';

interface Schema {
  $ref?: string;
  type?: string;
  description?: string;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
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

/**
 * Where a response schema leaves a client guessing: an object with neither properties, a
 * reference nor a typed additionalProperties, or an array whose items have no type. The one
 * free-form object allowed is an event's data (EVENT_DATA: its shape is its event type's).
 */
function shallowPlaces(document: Document): string[] {
  const gaps = new Set<string>();
  const visited = new Set<string>();
  const walk = (schema: Schema | undefined, where: string): void => {
    if (!schema) return;
    if (schema.$ref) {
      const name = schema.$ref.split('/').pop()!;
      if (visited.has(name)) return;
      visited.add(name);
      walk(document.components.schemas[name], name);
      return;
    }
    const composed = [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
    composed.forEach((part) => walk(part, where));
    const freeForm = schema.additionalProperties === true;
    if (freeForm && schema.description !== EVENT_DATA.description) {
      gaps.add(`${where}: an object of anything (additionalProperties: true)`);
    }
    if (
      schema.type === 'object' &&
      !schema.properties &&
      !schema.additionalProperties &&
      composed.length === 0
    ) {
      gaps.add(`${where}: an object without properties`);
    }
    if (schema.type === 'array') {
      const items = schema.items;
      const typed =
        items && (items.$ref || items.type || items.allOf || items.oneOf || items.anyOf);
      if (!typed) gaps.add(`${where}: an array without typed items`);
      walk(items, `${where}[]`);
    }
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      walk(property, `${where}.${name}`);
    }
    if (typeof schema.additionalProperties === 'object') {
      walk(schema.additionalProperties, `${where}{}`);
    }
  };
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      for (const [code, response] of Object.entries(operation.responses)) {
        for (const media of Object.values(response.content ?? {})) {
          walk(media.schema, `${method.toUpperCase()} ${path} ${code}`);
        }
      }
    }
  }
  return [...gaps];
}

/**
 * The classes the document is made of (files that use @nestjs/swagger) by name: the document
 * names a schema by its class's name, so a second class of one name silently replaces the first.
 */
function schemaClassNames(): string[] {
  const root = join(__dirname, '../../..');
  const files = ['libs', 'apps'].flatMap((top) =>
    readdirSync(join(root, top), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('spec.ts'))
      .map((file) => join(root, top, file)),
  );
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    if (!text.includes("'@nestjs/swagger'")) return [];
    return [...text.matchAll(/^(?:export )?(?:abstract )?class (\w+)/gm)].map((match) => match[1]);
  });
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

  it('describes every response to the leaf: no untyped object or array a client must guess at', () => {
    expect(shallowPlaces(document)).toEqual([]);
  });

  it('names every schema by one class only, so that none replaces another', () => {
    const names = schemaClassNames();
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
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
