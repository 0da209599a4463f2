import * as path from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Environment } from './environment';

export type DatabaseConfig =
  { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

export type EventStoreConfig = { kind: 'postgres' } | { kind: 'kurrentdb'; url: string };

export type AuthConfig =
  | { mode: 'dev'; keyDir: string; municipality: string }
  | { mode: 'oidc'; issuer: string; audience: string; jwksUrl: string };

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
  return {
    port: parsed.PORT ?? 3000,
    host: parsed.HOST ?? '0.0.0.0',
    dataDir,
    database: parsed.DATABASE_URL
      ? { kind: 'postgres', url: parsed.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    eventStore:
      parsed.EVENT_STORE === 'kurrentdb'
        ? { kind: 'kurrentdb', url: parsed.KURRENTDB_URL! }
        : { kind: 'postgres' },
    auth:
      parsed.AUTH_MODE === 'oidc'
        ? {
            mode: 'oidc',
            issuer: parsed.OIDC_ISSUER!,
            audience: parsed.OIDC_AUDIENCE!,
            jwksUrl: parsed.OIDC_JWKS_URL!,
          }
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
