import * as path from 'node:path';
import { ConfigError, loadConfig } from './app-config';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to the embedded PGlite under ./data on port 3000 in dev auth', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      dataDir: path.resolve('data'),
      database: { kind: 'pglite', dataDir: path.resolve('data/pglite') },
      eventStore: { kind: 'postgres' },
      auth: { mode: 'dev', municipality: '0192' },
      projections: true,
      consistencyTimeoutMs: 5000,
      audit: {
        signingKey: { file: path.resolve('data/keys/audit-signing-key.pem'), create: true },
        origin: 'samverkan.local',
        checkpointEvery: { events: 1000, minutes: 60 },
      },
    });
  });

  it('takes the audit signing key, origin and checkpoint interval from the environment', () => {
    const config = loadConfig({
      AUDIT_SIGNING_KEY_FILE: '/etc/samverkan/audit.pem',
      AUDIT_ORIGIN: 'samverkan.nynashamn.se',
      AUDIT_CHECKPOINT_EVENTS: '500',
      AUDIT_CHECKPOINT_MINUTES: '15',
    });
    expect(config.audit).toEqual({
      signingKey: { file: '/etc/samverkan/audit.pem', create: false },
      origin: 'samverkan.nynashamn.se',
      checkpointEvery: { events: 500, minutes: 15 },
    });
  });

  it('requires a kept audit signing key outside development, and a well-formed origin', () => {
    const oidc = {
      AUTH_MODE: 'oidc',
      OIDC_ISSUER: 'https://id.example',
      OIDC_AUDIENCE: 'samverkan',
      OIDC_JWKS_URL: 'https://id.example/jwks',
    };
    expect(problemsOf(oidc).join()).toMatch(/AUDIT_SIGNING_KEY_FILE/);
    expect(problemsOf({ AUDIT_ORIGIN: 'two words' }).join()).toMatch(/AUDIT_ORIGIN/);
    expect(problemsOf({ AUDIT_CHECKPOINT_EVENTS: '0' }).join()).toMatch(/AUDIT_CHECKPOINT_EVENTS/);
  });

  it('switches to PostgreSQL with DATABASE_URL and to KurrentDB with EVENT_STORE', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://app@db:5432/samverkan',
      EVENT_STORE: 'kurrentdb',
      KURRENTDB_URL: 'kurrentdb://node1:2113?tls=false',
      PROJECTIONS: 'off',
      PORT: '8080',
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://app@db:5432/samverkan' });
    expect(config.eventStore).toEqual({
      kind: 'kurrentdb',
      url: 'kurrentdb://node1:2113?tls=false',
    });
    expect(config.projections).toBe(false);
    expect(config.port).toBe(8080);
  });

  it('names the variable of a bad value', () => {
    expect(problemsOf({ DATABASE_URL: 'nonsense' })).toEqual([
      'DATABASE_URL must be a postgres:// or postgresql:// URL',
    ]);
    expect(problemsOf({ PORT: 'eighty' })[0]).toMatch(/^PORT /);
    expect(problemsOf({ AUTH_MODE: 'none' })[0]).toMatch(/^AUTH_MODE /);
    expect(problemsOf({ LOG_LEVEL: 'loud' })[0]).toMatch(/^LOG_LEVEL /);
  });

  it('requires what a mode needs, naming each missing variable', () => {
    expect(problemsOf({ EVENT_STORE: 'kurrentdb' })).toEqual([
      expect.stringMatching(/^KURRENTDB_URL /),
    ]);
    const oidc = problemsOf({ AUTH_MODE: 'oidc' });
    expect(oidc.map((p) => p.split(' ')[0])).toEqual([
      'OIDC_ISSUER',
      'OIDC_AUDIENCE',
      'OIDC_JWKS_URL',
      'AUDIT_SIGNING_KEY_FILE',
    ]);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).database.kind).toBe('pglite');
  });
});
