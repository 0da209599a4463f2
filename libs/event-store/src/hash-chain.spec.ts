import { canonicalLink, chainHashes, linkHash, type ChainLink } from './hash-chain';

const link: ChainLink = {
  tenant: '0192',
  stream: 'group-1',
  revision: 0n,
  type: 'GroupFormed',
  schemaVersion: 1,
  data: { b: [true, null], a: 1 },
  validFrom: '2026-01-15',
  actor: { id: 'u1', role: 'secretary', organisation: 'NAF' },
  prevHash: null,
};

describe('hash chain', () => {
  it('hashes a fixed RFC 8785 text, so that anyone can recompute it', () => {
    expect(canonicalLink(link)).toBe(
      '{"actor":{"id":"u1","organisation":"NAF","role":"secretary"},"data":{"a":1,"b":[true,null]},' +
        '"prevHash":null,"revision":"0","schemaVersion":1,"stream":"group-1","tenant":"0192",' +
        '"type":"GroupFormed","validFrom":"2026-01-15"}',
    );
    // sha256 of the text above, computed outside this code (sha256sum).
    expect(linkHash(link)).toBe('3e8207b865f83e5cc3a65c3b9dbd1c0b802d92c1dd1a011a559eacb5ace26971');
  });

  it('leaves the actor name out, so erasing it keeps the chain', () => {
    const named = { ...link, actor: { ...link.actor, name: 'Anna Andersson' } };
    expect(linkHash(named)).toBe(linkHash(link));
  });

  it.each<[string, Partial<ChainLink>]>([
    ['tenant', { tenant: '0180' }],
    ['stream', { stream: 'group-2' }],
    ['revision', { revision: 1n }],
    ['type', { type: 'GroupRenamed' }],
    ['schema version', { schemaVersion: 2 }],
    ['data', { data: { a: 2, b: [true, null] } }],
    ['validFrom', { validFrom: '2026-01-16' }],
    ['validFrom being absent', { validFrom: undefined }],
    ['actor id', { actor: { ...link.actor, id: 'u2' } }],
    ['actor role', { actor: { ...link.actor, role: 'auditor' } }],
    ['actor organisation', { actor: { ...link.actor, organisation: 'KSF' } }],
    ['previous hash', { prevHash: 'a'.repeat(64) }],
  ])('covers the %s', (_field, change) => {
    expect(linkHash({ ...link, ...change })).not.toBe(linkHash(link));
  });

  it('does not depend on the order of keys in the data', () => {
    expect(linkHash({ ...link, data: { a: 1, b: [true, null] } })).toBe(linkHash(link));
  });

  it('links each hash of a batch to the one before', () => {
    const { prevHash: _prevHash, ...rest } = link;
    const hashes = chainHashes('f'.repeat(64), [rest, { ...rest, revision: 1n }]);
    expect(hashes[0].prevHash).toBe('f'.repeat(64));
    expect(hashes[1].prevHash).toBe(hashes[0].hash);
    expect(hashes[1].hash).toBe(linkHash({ ...rest, revision: 1n, prevHash: hashes[0].hash }));
  });
});
