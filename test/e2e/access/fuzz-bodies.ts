import fc from 'fast-check';

/** A JSON schema as the OpenAPI document gives it (only what the generator reads). */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

/** What an attacker puts in a field: wrong types, hostile strings, prototype keys, depth. */
const hostileString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\t\n',
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udc00',
    '😀',
    '%00',
    "'; drop table events; --",
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 1, max: 30_000 }).map((length) => 'x'.repeat(length)),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, 0, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, [], {}, [[[]]]),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant(JSON.parse('{"__proto__":{"admin":true}}')),
  fc.constant({ constructor: { prototype: { admin: true } } }),
);

/**
 * Bodies for one request schema: mostly the schema's own shape with some fields valid (dates,
 * UUIDs from `ids`, enum values, short texts) and others hostile, fields missing or unknown.
 */
export function bodyFor(schema: Schema, resolve: (ref: string) => Schema, ids: string[]) {
  const valid = (s: Schema, depth: number): fc.Arbitrary<unknown> => {
    if (s.$ref) return valid(resolve(s.$ref), depth);
    const parts = [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])];
    if (parts.length > 0) return fc.oneof(...parts.map((part) => valid(part, depth)));
    if (s.enum) return fc.constantFrom(...s.enum);
    if (depth > 6) return fc.constant(null);
    switch (s.type) {
      case 'string':
        if (s.format === 'uuid') return fc.oneof(fc.constantFrom(...ids), fc.uuid());
        if (s.format === 'date')
          return fc.oneof(
            fc.constant('2024-01-01'),
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
          );
        if (s.pattern) return fc.constantFrom('09:00', '23:59', '24:00', '9:00');
        return fc.string({ minLength: 1, maxLength: Math.min(s.maxLength ?? 50, 50) });
      case 'integer':
      case 'number':
        return fc.integer({ min: (s.minimum ?? 0) - 1, max: (s.maximum ?? 100) + 1 });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return fc.array(field(s.items ?? {}, depth + 1), { maxLength: 3 });
      default:
        return object(s, depth);
    }
  };
  const field = (s: Schema, depth: number) =>
    fc.oneof({ weight: 4, arbitrary: valid(s, depth) }, { weight: 1, arbitrary: hostileValue });
  const object = (s: Schema, depth: number): fc.Arbitrary<unknown> => {
    const properties = s.properties ?? {};
    const required = new Set(s.required ?? []);
    const entries = Object.entries(properties).map(([name, property]) =>
      fc
        .option(field(property, depth + 1), { freq: required.has(name) ? 8 : 2, nil: undefined })
        .map((value) => [name, value] as const),
    );
    return fc
      .tuple(
        fc.tuple(...entries),
        fc.option(
          fc.tuple(
            fc.constantFrom('extra', '__proto__', 'constructor', 'onBehalfOf'),
            hostileValue,
          ),
          { freq: 4 },
        ),
      )
      .map(([pairs, extra]) => {
        const body: Record<string, unknown> = {};
        for (const [name, value] of pairs) if (value !== undefined) body[name] = value;
        if (extra)
          Object.defineProperty(body, extra[0], {
            value: extra[1],
            enumerable: true,
            writable: true,
            configurable: true,
          });
        return body;
      });
  };
  return fc.oneof(
    { weight: 12, arbitrary: valid(schema, 0).map((body) => JSON.stringify(body)) },
    { weight: 2, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 30, max: 5_000 })
        .map((depth) => `{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  );
}
