/**
 * Checkpoints as C2SP signed notes (c2sp.org/signed-note, c2sp.org/tlog-checkpoint) with
 * Ed25519 signatures: the text an auditor keeps, and checks with nothing but the public key.
 *
 *   samverkan.nynashamn.se/0192        ← origin: the deployment and the municipality
 *   1234                               ← tree size
 *   2Qm8…=                             ← root hash, base64
 *                                      ← a blank line, then one signature line per key:
 *   — samverkan.nynashamn.se AbCd…=    ← key name, base64(4-byte key id || signature)
 */
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/** The key type byte of an Ed25519 signed-note key (c2sp.org/signed-note). */
const ED25519 = 0x01;
const SIGNATURE_LINE = /^\u2014 (\S+) ([A-Za-z0-9+/]+=*)$/;
const DECIMAL = /^(0|[1-9]\d{0,15})$/;

export interface NoteSigner {
  /** The key's name: the deployment's origin (AUDIT_ORIGIN). */
  name: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export interface Checkpoint {
  origin: string;
  size: number;
  root: Buffer;
}

/** The raw 32 bytes of an Ed25519 public key. */
export function rawPublicKey(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: 'jwk' });
  return Buffer.from(jwk.x!, 'base64url');
}

/** The 4-byte key id: SHA-256(name || "\n" || 0x01 || public key), first four bytes. */
export function keyId(name: string, raw: Buffer): Buffer {
  return createHash('sha256')
    .update(`${name}\n`)
    .update(Buffer.from([ED25519]))
    .update(raw)
    .digest()
    .subarray(0, 4);
}

/** The verifier key an auditor keeps: `name+keyid(hex)+base64(0x01 || public key)`. */
export function verifierKey(name: string, publicKey: KeyObject): string {
  const raw = rawPublicKey(publicKey);
  const encoded = Buffer.concat([Buffer.from([ED25519]), raw]).toString('base64');
  return `${name}+${keyId(name, raw).toString('hex')}+${encoded}`;
}

export interface VerifierKey {
  name: string;
  id: Buffer;
  publicKey: KeyObject;
}

/** Parses a verifier key; throws with the reason when it is not one. */
export function parseVerifierKey(text: string): VerifierKey {
  // The key's base64 may itself hold '+': only the first two separate.
  const match = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/]+=*)$/.exec(text.trim());
  const [, name, id, encoded] = match ?? [];
  const key = Buffer.from(encoded ?? '', 'base64');
  if (!match || key.length !== 33) {
    throw new Error('Not a verifier key: expected name+keyid+base64 key');
  }
  if (key[0] !== ED25519) throw new Error('The verifier key is not an Ed25519 key');
  const raw = key.subarray(1);
  if (!keyId(name, raw).equals(Buffer.from(id, 'hex'))) {
    throw new Error('The verifier key id does not match its name and key');
  }
  const publicKey = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') },
    format: 'jwk',
  });
  return { name, id: Buffer.from(id, 'hex'), publicKey };
}

/** The checkpoint's body: what is signed. */
export function checkpointBody({ origin, size, root }: Checkpoint): string {
  return `${origin}\n${size}\n${root.toString('base64')}\n`;
}

/** The signed note: body, blank line, signature line. */
export function signCheckpoint(checkpoint: Checkpoint, signer: NoteSigner): string {
  const body = checkpointBody(checkpoint);
  const signature = sign(null, Buffer.from(body, 'utf8'), signer.privateKey);
  const id = keyId(signer.name, rawPublicKey(signer.publicKey));
  return `${body}\n\u2014 ${signer.name} ${Buffer.concat([id, signature]).toString('base64')}\n`;
}

export type NoteCheck = { ok: true; checkpoint: Checkpoint } | { ok: false; problem: string };

/**
 * Verifies a signed checkpoint against a kept verifier key: the signature line of that key must
 * verify over the body, and the body must be a checkpoint. Other keys' lines are ignored.
 */
export function verifyCheckpoint(note: string, key: VerifierKey): NoteCheck {
  const split = note.indexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) return { ok: false, problem: 'not a signed note' };
  const body = note.slice(0, split + 1);
  const signatures = note.slice(split + 2, -1).split('\n');
  let verified = false;
  for (const line of signatures) {
    const match = SIGNATURE_LINE.exec(line);
    if (!match) return { ok: false, problem: `malformed signature line: ${line}` };
    const bytes = Buffer.from(match[2], 'base64');
    if (match[1] !== key.name || !bytes.subarray(0, 4).equals(key.id)) continue;
    verified = verify(null, Buffer.from(body, 'utf8'), key.publicKey, bytes.subarray(4));
    if (!verified) return { ok: false, problem: 'the signature does not verify' };
  }
  if (!verified) return { ok: false, problem: `no signature by ${key.name}` };
  const checkpoint = parseCheckpointBody(body);
  return checkpoint ? { ok: true, checkpoint } : { ok: false, problem: 'not a checkpoint' };
}

function parseCheckpointBody(body: string): Checkpoint | undefined {
  const [origin, size, root] = body.split('\n');
  const hash = Buffer.from(root ?? '', 'base64');
  if (!origin || !DECIMAL.test(size ?? '') || hash.length !== 32) return undefined;
  if (hash.toString('base64') !== root) return undefined;
  return { origin, size: Number(size), root: hash };
}
