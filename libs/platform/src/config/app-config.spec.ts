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

  it('listens on this machine only in dev mode, unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    const oidc = {
      AUTH_MODE: 'oidc',
      OIDC_ISSUER: 'https://login.microsoftonline.com/t/v2.0',
      OIDC_AUDIENCE: 'api://samverkan',
      OIDC_JWKS_URL: 'https://login.microsoftonline.com/t/discovery/v2.0/keys',
      AUDIT_SIGNING_KEY_FILE: '/etc/samverkan/audit.pem',
    };
    expect(loadConfig(oidc).host).toBe('0.0.0.0');
  });

  it('refuses dev auth under NODE_ENV=production, set or by default', () => {
    expect(problemsOf({ NODE_ENV: 'production' })[0]).toMatch(
      /^AUTH_MODE=dev .* NODE_ENV=production/,
    );
    expect(problemsOf({ NODE_ENV: 'production', AUTH_MODE: 'dev' })).toHaveLength(1);
  });

  it('reads OIDC claims, role mapping, skew and token age, as for Microsoft Entra ID', () => {
    const config = loadConfig({
      AUTH_MODE: 'oidc',
      OIDC_ISSUER: 'https://login.microsoftonline.com/t/v2.0',
      OIDC_AUDIENCE: 'api://samverkan',
      OIDC_JWKS_URL: 'https://login.microsoftonline.com/t/discovery/v2.0/keys',
      AUDIT_SIGNING_KEY_FILE: '/etc/samverkan/audit.pem',
      OIDC_ROLE_CLAIM: 'roles',
      OIDC_ORGANISATION_CLAIM: 'extension_organisation',
      OIDC_ROLE_MAP: 'Samverkan.Admin=admin,Samverkan.Secretary=secretary',
      OIDC_MUNICIPALITY: '0192',
      OIDC_CLOCK_SKEW_SECONDS: '30',
      OIDC_MAX_TOKEN_AGE_SECONDS: '3600',
    });
    expect(config.auth).toMatchObject({
      mode: 'oidc',
      clockSkewSeconds: 30,
      maxTokenAgeSeconds: 3600,
      claims: {
        role: 'roles',
        organisation: 'extension_organisation',
        municipality: 'municipality',
        name: 'name',
      },
      roleMap: [
        ['Samverkan.Admin', 'admin'],
        ['Samverkan.Secretary', 'secretary'],
      ],
      municipality: '0192',
    });
    expect(problemsOf({ OIDC_ROLE_MAP: 'Samverkan.Mayor=mayor' })[0]).toMatch(/^OIDC_ROLE_MAP /);
  });

  it('reads the CORS allow-list and the rate limit', () => {
    const config = loadConfig({
      CORS_ORIGINS: 'https://dashboard.nynashamn.se,http://localhost:5173',
      RATE_LIMIT_PER_MINUTE: '120',
    });
    expect(config.http).toEqual({
      corsOrigins: ['https://dashboard.nynashamn.se', 'http://localhost:5173'],
      ratePerMinute: 120,
    });
    expect(loadConfig({}).http).toEqual({ corsOrigins: [], ratePerMinute: 600 });
    expect(problemsOf({ CORS_ORIGINS: '*' })[0]).toMatch(/^CORS_ORIGINS /);
  });
});
