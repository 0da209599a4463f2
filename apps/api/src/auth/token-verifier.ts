import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { Identity } from '@app/kernel';
import {
  APP_CONFIG,
  identityFromClaims,
  loadOrCreateDevKeys,
  verifyDevToken,
  type AppConfig,
} from '@app/platform';

export const DEV_DEVELOPER_ID = 'local-developer';

/** Public-key signatures only: a provider's keys are public, so a shared-secret one means nothing. */
const SIGNATURE_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

/** Turns a bearer token into an identity, or answers who a token-less request is (dev mode only). */
@Injectable()
export class TokenVerifier implements OnModuleInit {
  private readonly logger = new Logger(TokenVerifier.name);
  private verify!: (token: string) => Promise<Identity>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    const auth = this.config.auth;
    if (auth.mode === 'oidc') {
      const jwks = createRemoteJWKSet(new URL(auth.jwksUrl));
      this.verify = async (token) => {
        const { payload } = await jwtVerify(token, jwks, {
          issuer: auth.issuer,
          audience: auth.audience,
          algorithms: SIGNATURE_ALGORITHMS,
          // A token without an expiry would be good for ever; without iat its age is unknown.
          requiredClaims: ['exp', 'iat'],
          clockTolerance: auth.clockSkewSeconds,
          maxTokenAge: auth.maxTokenAgeSeconds,
        });
        return identityFromClaims(payload, auth);
      };
      this.logger.log(`AUTH_MODE=oidc: bearer tokens verified against ${auth.jwksUrl}`);
      return;
    }
    const keys = await loadOrCreateDevKeys(auth.keyDir);
    this.verify = (token) => verifyDevToken(keys, token);
    this.logger.warn(
      `AUTH_MODE=dev: requests without a token act as a local developer (admin, municipality ${auth.municipality}); ` +
        'never run this mode in production',
    );
  }

  verifyToken(token: string): Promise<Identity> {
    return this.verify(token);
  }

  /** The identity of a request without a token; undefined when one is required. */
  anonymousIdentity(): Identity | undefined {
    const auth = this.config.auth;
    if (auth.mode !== 'dev') return undefined;
    return {
      actor: { id: DEV_DEVELOPER_ID, name: 'Local developer', role: 'admin', organisation: 'DEV' },
      municipality: auth.municipality,
    };
  }
}
