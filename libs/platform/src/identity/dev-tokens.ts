import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import {
  SignJWT,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  type JWK,
  type KeyLike,
} from 'jose';
import type { Identity } from '@app/kernel';
import { identityFromClaims } from './identity-claims';

/** Tokens made by `cli token` for AUTH_MODE=dev: signed with a key that never leaves DATA_DIR. */
export const DEV_ISSUER = 'samverkan-dev';
export const DEV_AUDIENCE = 'samverkan';
const ALGORITHM = 'ES256';
const KEY_FILE = 'dev-signing-key.json';

interface DevKeys {
  privateKey: KeyLike;
  publicKey: KeyLike;
}

/** Where the dev signing key of a key directory lives. */
export function devKeyFile(keyDir: string): string {
  return path.join(keyDir, KEY_FILE);
}

/** The key pair under keyDir, or null if none was made there (no dev-mode server started). */
export async function loadDevKeys(keyDir: string): Promise<DevKeys | null> {
  try {
    return await fromPrivateJwk(JSON.parse(await fs.readFile(devKeyFile(keyDir), 'utf8')) as JWK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Loads the key pair from keyDir, making it on first use (readable by the owner only). */
export async function loadOrCreateDevKeys(keyDir: string): Promise<DevKeys> {
  const file = devKeyFile(keyDir);
  const existing = await loadDevKeys(keyDir);
  if (existing) return existing;
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), alg: ALGORITHM };
  await fs.mkdir(keyDir, { recursive: true, mode: 0o700 });
  try {
    // 'wx': if another process made the key meanwhile, keep theirs.
    await fs.writeFile(file, JSON.stringify(jwk), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return loadOrCreateDevKeys(keyDir);
  }
  return fromPrivateJwk(jwk);
}

async function fromPrivateJwk(jwk: JWK): Promise<DevKeys> {
  const { d: _private, ...publicJwk } = jwk;
  return {
    privateKey: (await importJWK(jwk, ALGORITHM)) as KeyLike,
    publicKey: (await importJWK(publicJwk, ALGORITHM)) as KeyLike,
  };
}

export async function signDevToken(
  keys: DevKeys,
  identity: Identity,
  expiresIn: string | number = '12h',
): Promise<string> {
  const { actor, municipality } = identity;
  return new SignJWT({ name: actor.name, role: actor.role, org: actor.organisation, municipality })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(actor.id)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(keys.privateKey);
}

export async function verifyDevToken(keys: DevKeys, token: string): Promise<Identity> {
  const { payload } = await jwtVerify(token, keys.publicKey, {
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    algorithms: [ALGORITHM],
  });
  return identityFromClaims(payload);
}
