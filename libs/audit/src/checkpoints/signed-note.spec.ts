import { generateKeyPairSync, createPublicKey } from 'node:crypto';
import {
  parseVerifierKey,
  signCheckpoint,
  verifierKey,
  verifyCheckpoint,
  type NoteSigner,
} from './signed-note';

const signer = (name = 'samverkan.test'): NoteSigner => {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { name, privateKey, publicKey: createPublicKey(privateKey) };
};

describe('signed checkpoints (C2SP signed note, Ed25519)', () => {
  const root = Buffer.alloc(32, 7);
  const checkpoint = { origin: 'samverkan.test/0192', size: 42, root };

  it('writes the checkpoint body, a blank line and one signature line', () => {
    const key = signer();
    const note = signCheckpoint(checkpoint, key);
    const lines = note.split('\n');
    expect(lines.slice(0, 4)).toEqual(['samverkan.test/0192', '42', root.toString('base64'), '']);
    expect(lines[4]).toMatch(/^\u2014 samverkan\.test [A-Za-z0-9+/]+=*$/);
    // 4 bytes of key id, then the 64-byte Ed25519 signature.
    expect(Buffer.from(lines[4].split(' ')[2], 'base64')).toHaveLength(68);
    expect(note.endsWith('\n')).toBe(true);
  });

  it('verifies with the verifier key, whatever its base64 holds', () => {
    for (let i = 0; i < 20; i++) {
      const key = signer();
      const vkey = verifierKey(key.name, key.publicKey);
      expect(vkey).toMatch(/^samverkan\.test\+[0-9a-f]{8}\+/);
      const result = verifyCheckpoint(signCheckpoint(checkpoint, key), parseVerifierKey(vkey));
      expect(result).toEqual({ ok: true, checkpoint });
    }
  });

  it('refuses another key, a changed body, a changed signature and a malformed note', () => {
    const key = signer();
    const vkey = parseVerifierKey(verifierKey(key.name, key.publicKey));
    const note = signCheckpoint(checkpoint, key);
    const forged = signCheckpoint(checkpoint, signer());
    expect(verifyCheckpoint(forged, vkey)).toMatchObject({ ok: false });
    expect(verifyCheckpoint(note.replace('\n42\n', '\n43\n'), vkey)).toMatchObject({ ok: false });
    const [body, signature] = note.split('\n\n');
    const bytes = Buffer.from(signature.split(' ')[2], 'base64');
    bytes[10] ^= 1;
    const flipped = `${body}\n\n\u2014 ${key.name} ${bytes.toString('base64')}\n`;
    expect(verifyCheckpoint(flipped, vkey)).toEqual({
      ok: false,
      problem: 'the signature does not verify',
    });
    expect(verifyCheckpoint('not a note', vkey)).toMatchObject({ ok: false });
  });

  it('refuses a verifier key whose id does not match its name and key', () => {
    const key = signer();
    const vkey = verifierKey(key.name, key.publicKey);
    expect(() => parseVerifierKey(vkey.replace('samverkan.test+', 'other+'))).toThrow(/id/);
    expect(() => parseVerifierKey('garbage')).toThrow(/Not a verifier key/);
  });
});
