import fc from 'fast-check';
import { canonicalJson } from '../../../libs/structure/src/read/bitemporal/timeline';

/**
 * The definition canonicalJson replaced for speed: copy the value with its keys sorted, then
 * stringify the copy. Fingerprints stored by earlier builds were made with it, so the text must
 * not change, key order of integer-like keys included.
 */
function byCopy(value: unknown): string {
  const sortKeys = (inner: unknown): unknown => {
    if (Array.isArray(inner)) return inner.map(sortKeys);
    if (inner === null || typeof inner !== 'object') return inner;
    return Object.fromEntries(
      Object.keys(inner)
        .sort()
        .map((key) => [key, sortKeys((inner as Record<string, unknown>)[key])]),
    );
  };
  return JSON.stringify(sortKeys(value));
}

const key = fc.oneof(
  fc.string(),
  fc.constantFrom('0', '1', '2', '10', '01', '-1', '4294967294', '4294967295', 'a', 'B', '_'),
);
const leaf = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(key, tie('value'), { maxKeys: 6 }),
}));

describe('canonicalJson', () => {
  it('writes the same text as stringifying a key-sorted copy', () => {
    fc.assert(
      fc.property(value, (input) => {
        expect(canonicalJson(input)).toBe(byCopy(input));
      }),
      { numRuns: 2000 },
    );
  });

  it('puts integer-like keys first, in numeric order, as a fresh object lists them', () => {
    expect(canonicalJson({ b: 1, 10: 2, a: [{ y: 1, x: undefined }], 2: null })).toBe(
      '{"2":null,"10":2,"a":[{"y":1}],"b":1}',
    );
  });
});
