import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { canonicalJson } from './canonical-json';

// Every hash in the log was computed over the text the `canonicalize` package writes: the two
// must agree on every value, or old events would stop verifying.
const values: [string, unknown][] = [
  ['primitives', [null, true, false, 0, -0, 1, -1.5, 0.1, 1e21, 1e-7, 2 ** 53 + 2, 'text']],
  ['keys in UTF-16 order', { b: 1, a: 2, B: 3, 10: 4, 9: 5, é: 6, '\u{1F600}': 7, '\uFB33': 8 }],
  ['escapes', { 'a"b': 'quote " backslash \\ newline \n tab \t nul \u0000 del \u007f' }],
  ['surrogates', ['pair \u{1F600}', 'lone \ud800 and \udc00', '\u2028\u2029']],
  ['non-ASCII', { name: 'Näringsliv, arbete och fritid', reason: 'Beslut § 42/23' }],
  ['nesting', { z: [{ y: [[], {}], x: null }], a: { c: { b: [1, [2, [3]]] } } }],
  ['undefined', { a: undefined, b: [undefined, 1], c: { d: undefined } }],
  ['only undefined', { a: undefined }],
  ['toJSON', { at: new Date(Date.UTC(2026, 0, 15)), own: { toJSON: () => ({ b: 1, a: 2 }) } }],
  ['empty', [{}, [], '']],
];

describe('canonicalJson', () => {
  it.each(values)('writes what the canonicalize package writes: %s', (_name, value) => {
    expect(canonicalJson(value)).toBe(canonicalize(value));
  });

  it('writes what the canonicalize package writes for any JSON value, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary', maxDepth: 4 }), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the RFC 8785 text', () => {
    expect(canonicalJson({ b: [true, null], a: 1, é: 'x' })).toBe(
      '{"a":1,"b":[true,null],"é":"x"}',
    );
  });

  it.each([NaN, Infinity, -Infinity])('refuses %s, as JSON has no such number', (n) => {
    expect(() => canonicalJson({ n })).toThrow();
    expect(() => canonicalize({ n })).toThrow();
  });

  it('answers undefined for what JSON cannot hold, as the package does', () => {
    expect(canonicalJson(undefined)).toBe(canonicalize(undefined));
  });
});
