import { canonicalLink, chainBatch, linkHash, type ChainLink } from './hash-chain';
import type { NewEvent } from './event-store.port';

const link: ChainLink = {
  id: '00000000-0000-4000-8000-000000000001',
  tenant: '0192',
  stream: 'group-1',
  revision: 0n,
  type: 'GroupFormed',
  schemaVersion: 1,
  data: { b: [true, null], a: 1 },
  validFrom: '2026-01-15',
  recordedAt: '2026-01-16T09:30:00.000Z',
  actor: { id: 'u1', role: 'secretary', organisation: 'NAF' },
  onBehalfOf: 'SOF',
  reason: 'Beslut § 42/23',
  correlationId: 'c1',
  causationId: 'c0',
  prevHash: null,
};

const CANONICAL =
  '{"actor":{"id":"u1","organisation":"NAF","role":"secretary"},"causationId":"c0",' +
  '"correlationId":"c1","data":{"a":1,"b":[true,null]},"id":"00000000-0000-4000-8000-000000000001",' +
  '"onBehalfOf":"SOF","prevHash":null,"reason":"Beslut § 42/23","recordedAt":"2026-01-16T09:30:00.000Z",' +
  '"revision":"0","schemaVersion":1,"stream":"group-1","tenant":"0192","type":"GroupFormed",' +
  '"validFrom":"2026-01-15"}';

describe('hash chain', () => {
  it('hashes a fixed RFC 8785 text of the whole envelope, so that anyone can recompute it', () => {
    expect(canonicalLink(link)).toBe(CANONICAL);
    // sha256 of the text above, computed outside this code (Python's hashlib).
    expect(linkHash(link)).toBe('5489aca43e31e18ea3b137f51d0c9d9fd18b55bc74e7fd2899d7c5c2d420a4bc');
  });

  it('leaves the actor name out, so erasing it keeps the chain', () => {
    const named = { ...link, actor: { ...link.actor, name: 'Anna Andersson' } };
    expect(linkHash(named)).toBe(linkHash(link));
  });

  it('names absent optional fields as null, so a missing reason is not an empty one', () => {
    const text = canonicalLink({ ...link, reason: undefined, onBehalfOf: undefined });
    expect(text).toContain('"onBehalfOf":null');
    expect(text).toContain('"reason":null');
    expect(linkHash({ ...link, reason: '' })).not.toBe(linkHash({ ...link, reason: undefined }));
  });

  it.each<[string, Partial<ChainLink>]>([
    ['event id', { id: '00000000-0000-4000-8000-000000000002' }],
    ['tenant', { tenant: '0180' }],
    ['stream', { stream: 'group-2' }],
    ['revision', { revision: 1n }],
    ['type', { type: 'GroupRenamed' }],
    ['schema version', { schemaVersion: 2 }],
    ['data', { data: { a: 2, b: [true, null] } }],
    ['validFrom', { validFrom: '2026-01-16' }],
    ['validFrom being absent', { validFrom: undefined }],
    ['record time', { recordedAt: '2026-01-16T09:30:00.001Z' }],
    ['actor id', { actor: { ...link.actor, id: 'u2' } }],
    ['actor role', { actor: { ...link.actor, role: 'auditor' } }],
    ['actor organisation', { actor: { ...link.actor, organisation: 'KSF' } }],
    ['on-behalf-of', { onBehalfOf: 'BUF' }],
    ['reason', { reason: 'Beslut § 43/23' }],
    ['correlation id', { correlationId: 'c2' }],
    ['causation id', { causationId: undefined }],
    ['previous hash', { prevHash: 'a'.repeat(64) }],
  ])('covers the %s', (_field, change) => {
    expect(linkHash({ ...link, ...change })).not.toBe(linkHash(link));
  });

  it('does not depend on the order of keys in the data', () => {
    expect(linkHash({ ...link, data: { a: 1, b: [true, null] } })).toBe(linkHash(link));
  });

  it('links each hash of a batch to the one before, at one record time', () => {
    const event = (id: string): NewEvent => ({
      id,
      type: link.type,
      schemaVersion: 1,
      data: link.data,
      metadata: {
        actor: link.actor,
        correlationId: 'c1',
        causationId: 'c0',
        onBehalfOf: 'SOF',
        reason: 'Beslut § 42/23',
        validFrom: '2026-01-15',
      },
    });
    const head = { revision: 4n, hash: 'f'.repeat(64) };
    const hashes = chainBatch(
      '0192',
      'group-1',
      head,
      [event(link.id), event('00000000-0000-4000-8000-000000000002')],
      link.recordedAt,
    );
    expect(hashes[0]).toEqual({
      prevHash: head.hash,
      hash: linkHash({ ...link, revision: 5n, prevHash: head.hash }),
    });
    expect(hashes[1].prevHash).toBe(hashes[0].hash);
    expect(hashes[1].hash).toBe(
      linkHash({
        ...link,
        id: '00000000-0000-4000-8000-000000000002',
        revision: 6n,
        prevHash: hashes[0].hash,
      }),
    );
  });
});
