/** What JSON.stringify writes as an escape: a quote, a backslash, a control or a surrogate. */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

const quote = (text: string): string =>
  NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;

/**
 * RFC 8785 (JCS) canonical JSON: keys sorted by UTF-16 code units, numbers and strings as
 * JSON.stringify writes them. The same text as the `canonicalize` package (its spec compares
 * them) at about half the cost: every event's hash is computed from this text when it is
 * appended and again for every event when the log is verified, where the package's per-value
 * JSON.stringify and string rebuilding were most of the verifier's own time.
 */
export function canonicalJson(value: unknown): string | undefined {
  if (typeof value === 'string') return quote(value);
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new Error(Number.isNaN(value) ? 'NaN is not allowed' : 'Infinity is not allowed');
    }
    return JSON.stringify(value);
  }
  const object = value as { toJSON?: unknown } & Record<string, unknown>;
  if (object.toJSON instanceof Function) return canonicalJson((object.toJSON as () => unknown)());
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (i > 0) text += ',';
      text += item === undefined || typeof item === 'symbol' ? 'null' : `${canonicalJson(item)}`;
    }
    return `${text}]`;
  }
  let text = '{';
  for (const key of Object.keys(object).sort()) {
    const item = object[key];
    if (item === undefined || typeof item === 'symbol') continue;
    if (text.length > 1) text += ',';
    text += `${quote(key)}:${canonicalJson(item)}`;
  }
  return `${text}}`;
}
