import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type JWTPayload, type KeyLike } from 'jose';

/** A stand-in identity provider: serves a JWKS on loopback and signs tokens with its key. */
export interface FakeIdentityProvider {
  jwksUrl: string;
  issuer: string;
  sign(
    claims: JWTPayload,
    options?: {
      audience?: string;
      /** null: no `exp` claim at all. */
      expiresIn?: string | number | null;
      /** Seconds since the epoch; null: no `iat` claim. Default: now. */
      issuedAt?: number | null;
      key?: KeyLike;
    },
  ): Promise<string>;
  /** A key the provider does not publish: tokens signed with it must be refused. */
  strangerKey: KeyLike;
  close(): Promise<void>;
}

export async function startFakeIdentityProvider(audience: string): Promise<FakeIdentityProvider> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const stranger = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'main', alg: 'RS256', use: 'sig' };
  const server: Server = createServer((_, response) => {
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}/`;
  return {
    jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    issuer,
    strangerKey: stranger.privateKey,
    sign: (claims, options = {}) => {
      const jwt = new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'main' })
        .setIssuer(issuer)
        .setAudience(options.audience ?? audience);
      if (options.issuedAt !== null) jwt.setIssuedAt(options.issuedAt);
      if (options.expiresIn !== null) jwt.setExpirationTime(options.expiresIn ?? '5m');
      return jwt.sign(options.key ?? privateKey);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
