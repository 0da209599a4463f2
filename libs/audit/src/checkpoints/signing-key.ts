import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import type { AuditConfig } from '@app/platform';
import { parseVerifierKey, verifierKey, type NoteSigner, type VerifierKey } from './signed-note';

/**
 * The checkpoint signing key: an Ed25519 private key in PEM (PKCS #8) at AUDIT_SIGNING_KEY_FILE.
 * In development (no file named) it is made on first use under DATA_DIR/keys, readable by the
 * owner only, as the dev token key is. A named file that is missing or not Ed25519 stops the
 * start: checkpoints signed by a key nobody kept would prove nothing.
 */
export async function loadSigningKey(config: AuditConfig): Promise<NoteSigner> {
  const { file, create } = config.signingKey;
  let pem: string;
  try {
    pem = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !create) {
      throw new Error(`AUDIT_SIGNING_KEY_FILE: cannot read ${file}: ${(error as Error).message}`);
    }
    pem = await createKeyFile(file);
  }
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`AUDIT_SIGNING_KEY_FILE: ${file} is not an Ed25519 private key`);
  }
  return { name: config.origin, privateKey, publicKey: createPublicKey(privateKey) };
}

async function createKeyFile(file: string): Promise<string> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    // 'wx': if another process made the key meanwhile, keep theirs.
    await fs.writeFile(file, pem, { mode: 0o600, flag: 'wx' });
    return pem;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return fs.readFile(file, 'utf8');
  }
}

/**
 * The key checkpoints are verified with: an auditor's kept verifier key file (`name+id+key`,
 * as GET /audit/public-key answers it), else the public half of the configured signing key;
 * undefined when development has made none yet (then no checkpoint can verify). Never makes a
 * key: a verifier that made its own would find every checkpoint forged.
 */
export async function loadVerifierKey(
  config: AuditConfig,
  publicKeyFile?: string,
): Promise<VerifierKey | undefined> {
  if (publicKeyFile !== undefined) {
    return parseVerifierKey(await fs.readFile(publicKeyFile, 'utf8'));
  }
  const { file, create } = config.signingKey;
  if (create && !(await exists(file))) return undefined;
  const signer = await loadSigningKey({ ...config, signingKey: { file, create: false } });
  return parseVerifierKey(verifierKey(signer.name, signer.publicKey));
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
