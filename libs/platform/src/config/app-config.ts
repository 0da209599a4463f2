import * as path from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Role } from '@app/kernel';
import { Environment } from './environment';

export type DatabaseConfig =
  { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

export type EventStoreConfig = { kind: 'postgres' } | { kind: 'kurrentdb'; url: string };

export interface OidcConfig {
  mode: 'oidc';
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** How far the token's times may be off the server's clock. */
  clockSkewSeconds: number;
  /** The oldest token taken, by its `iat`, whatever its `exp` says. */
  maxTokenAgeSeconds: number;
  /** Where the identity is in the token: claim names (a role claim may hold a list, as Entra's `roles`). */
  claims: { role: string; organisation: string; municipality: string; name: string };
  /** The provider's role names → ours, in order of precedence; null: the token names our roles. */
  roleMap: [string, Role][] | null;
  /** The municipality of every token, for a provider that carries none (one tenant per deployment). */
  municipality: string | null;
}

export type AuthConfig = { mode: 'dev'; keyDir: string; municipality: string } | OidcConfig;

export interface HttpConfig {
  /** Origins whose browsers may call the API (CORS); none by default. */
  corsOrigins: string[];
  /** Requests per minute per identity (per address without one); 0: no limit. */
  ratePerMinute: number;
}

export interface AuditConfig {
  /** The Ed25519 key that signs checkpoints; `create`: made on first use (development). */
  signingKey: { file: string; create: boolean };
  /** Names the deployment: the key's name and the first part of every log's origin. */
  origin: string;
  /** A checkpoint is issued once this many events, or this many minutes, have passed. */
  checkpointEvery: { events: number; minutes: number };
}

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  eventStore: EventStoreConfig;
  auth: AuthConfig;
  /** Whether this process runs the projections (the API does by default). */
  projections: boolean;
  logLevel: string;
  consistencyTimeoutMs: number;
  audit: AuditConfig;
  http: HttpConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once; a bad value throws a ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = plainToInstance(Environment, set, { excludeExtraneousValues: false });
  const errors = validateSync(parsed, { skipMissingProperties: false });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.flatMap((error) =>
        Object.values(error.constraints ?? {}).map((message) =>
          message.startsWith(error.property) ? message : `${error.property}: ${message}`,
        ),
      ),
    );
  }
  const dataDir = path.resolve(parsed.DATA_DIR ?? './data');
  const authMode = parsed.AUTH_MODE ?? 'dev';
  if (authMode === 'dev' && parsed.NODE_ENV === 'production') {
    throw new ConfigError([
      'AUTH_MODE=dev (the default) lets anyone act as admin without a token: refused under NODE_ENV=production; set AUTH_MODE=oidc',
    ]);
  }
  return {
    port: parsed.PORT ?? 3000,
    // Dev mode answers token-less requests as admin: only this machine may make them.
    host: parsed.HOST ?? (authMode === 'dev' ? '127.0.0.1' : '0.0.0.0'),
    dataDir,
    database: parsed.DATABASE_URL
      ? { kind: 'postgres', url: parsed.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    eventStore:
      parsed.EVENT_STORE === 'kurrentdb'
        ? { kind: 'kurrentdb', url: parsed.KURRENTDB_URL! }
        : { kind: 'postgres' },
    auth:
      authMode === 'oidc'
        ? oidcConfig({
            issuer: parsed.OIDC_ISSUER!,
            audience: parsed.OIDC_AUDIENCE!,
            jwksUrl: parsed.OIDC_JWKS_URL!,
            clockSkewSeconds: parsed.OIDC_CLOCK_SKEW_SECONDS,
            maxTokenAgeSeconds: parsed.OIDC_MAX_TOKEN_AGE_SECONDS,
            claims: {
              role: parsed.OIDC_ROLE_CLAIM ?? 'role',
              organisation: parsed.OIDC_ORGANISATION_CLAIM ?? 'org',
              municipality: parsed.OIDC_MUNICIPALITY_CLAIM ?? 'municipality',
              name: parsed.OIDC_NAME_CLAIM ?? 'name',
            },
            roleMap: parsed.OIDC_ROLE_MAP ? roleMapOf(parsed.OIDC_ROLE_MAP) : null,
            municipality: parsed.OIDC_MUNICIPALITY ?? null,
          })
        : {
            mode: 'dev',
            keyDir: path.join(dataDir, 'keys'),
            municipality: parsed.DEV_MUNICIPALITY ?? '0192',
          },
    projections: parsed.PROJECTIONS !== 'off',
    logLevel: parsed.LOG_LEVEL ?? 'info',
    consistencyTimeoutMs: parsed.CONSISTENCY_TIMEOUT_MS ?? 5000,
    audit: auditConfig(dataDir, {
      ...(parsed.AUDIT_SIGNING_KEY_FILE && {
        signingKey: { file: path.resolve(parsed.AUDIT_SIGNING_KEY_FILE), create: false },
      }),
      ...(parsed.AUDIT_ORIGIN && { origin: parsed.AUDIT_ORIGIN }),
      checkpointEvery: {
        events: parsed.AUDIT_CHECKPOINT_EVENTS ?? 1000,
        minutes: parsed.AUDIT_CHECKPOINT_MINUTES ?? 60,
      },
    }),
    http: httpConfig({
      ...(parsed.CORS_ORIGINS && { corsOrigins: parsed.CORS_ORIGINS.split(',') }),
      ...(parsed.RATE_LIMIT_PER_MINUTE !== undefined && {
        ratePerMinute: parsed.RATE_LIMIT_PER_MINUTE,
      }),
    }),
  };
}

/**
 * The audit configuration: by default a signing key made on first use under DATA_DIR/keys (as
 * the dev token key is) and a checkpoint every 1000 events or 60 minutes.
 */
export function auditConfig(dataDir: string, overrides: Partial<AuditConfig> = {}): AuditConfig {
  return {
    signingKey: { file: path.join(dataDir, 'keys', 'audit-signing-key.pem'), create: true },
    origin: 'samverkan.local',
    checkpointEvery: { events: 1000, minutes: 60 },
    ...overrides,
  };
}

type OidcGiven = Pick<OidcConfig, 'issuer' | 'audience' | 'jwksUrl'> & {
  [K in Exclude<keyof OidcConfig, 'mode' | 'issuer' | 'audience' | 'jwksUrl'>]?:
    OidcConfig[K] | undefined;
};

/** OIDC with the defaults: a minute of clock skew, tokens up to 12 hours old, our claim names. */
export function oidcConfig(given: OidcGiven): OidcConfig {
  return {
    mode: 'oidc',
    issuer: given.issuer,
    audience: given.audience,
    jwksUrl: given.jwksUrl,
    clockSkewSeconds: given.clockSkewSeconds ?? 60,
    maxTokenAgeSeconds: given.maxTokenAgeSeconds ?? 12 * 3600,
    claims: given.claims ?? {
      role: 'role',
      organisation: 'org',
      municipality: 'municipality',
      name: 'name',
    },
    roleMap: given.roleMap ?? null,
    municipality: given.municipality ?? null,
  };
}

/** No browser origins, and 600 requests a minute per identity. */
export function httpConfig(overrides: Partial<HttpConfig> = {}): HttpConfig {
  return { corsOrigins: [], ratePerMinute: 600, ...overrides };
}

function roleMapOf(text: string): [string, Role][] {
  return text.split(',').map((pair) => {
    const [theirs, ours] = pair.split('=');
    return [theirs, ours as Role];
  });
}
