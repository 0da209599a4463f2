import { loadConfig } from '@app/platform';
import { startupSummary, withoutSecrets } from './startup-summary';

describe('the start-up summary', () => {
  it('names the PostgreSQL server and KurrentDB without their passwords, and the oidc issuer', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://app:s3cret@db.internal:5432/samverkan?sslmode=require',
      EVENT_STORE: 'kurrentdb',
      KURRENTDB_URL: 'kurrentdb://admin:changeit@kurrent:2113?tls=false',
      AUTH_MODE: 'oidc',
      OIDC_ISSUER: 'https://id.example.se',
      OIDC_AUDIENCE: 'samverkan',
      OIDC_JWKS_URL: 'https://id.example.se/jwks',
      AUDIT_SIGNING_KEY_FILE: '/etc/samverkan/audit.pem',
      PROJECTIONS: 'off',
    });
    const line = startupSummary(config, 'http://127.0.0.1:3000');
    expect(line).toBe(
      'Samverkan API on http://127.0.0.1:3000/api/v1 — ' +
        'database: PostgreSQL postgres://app@db.internal:5432/samverkan?sslmode=require; ' +
        'events in KurrentDB kurrentdb://admin@kurrent:2113?tls=false; ' +
        'auth: oidc (issuer https://id.example.se); projections off (run `npm run worker`)',
    );
    expect(line).not.toMatch(/s3cret|changeit/);
  });

  it('hides a password given as a query parameter', () => {
    expect(withoutSecrets('postgres://db/x?password=hunter2')).toBe('postgres://db/x?password=***');
  });
});
