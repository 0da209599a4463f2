import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { permissionsOf } from '@app/kernel';
import { loadOrCreateDevKeys, signDevToken, oidcConfig } from '@app/platform';
import { startFakeIdentityProvider, type FakeIdentityProvider } from '../support/jwks-server';
import { runSource } from '../support/run-source';
import { expectProblem, startTestApp, type TestApp } from '../support/test-app';

const anna = {
  actor: { id: 'anna', name: 'Anna Svensson', role: 'secretary' as const, organisation: 'NAF' },
  municipality: '0192',
};

describe('identity in dev mode', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('takes a request without a token as the local developer', async () => {
    const response = await api.http.get('/api/v1/me');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      actor: { id: 'local-developer', name: 'Local developer', role: 'admin', organisation: 'DEV' },
      municipality: '0192',
      organisationIds: [],
      permissions: permissionsOf('admin'),
    });
  });

  it('takes a dev token, signed with the key under DATA_DIR, as the person it names', async () => {
    const keys = await loadOrCreateDevKeys(path.join(api.config.dataDir, 'keys'));
    const token = await signDevToken(keys, anna);
    const response = await api.http.get('/api/v1/me').set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject(anna);
  });

  it('refuses a dev token signed with another key, an expired one and a malformed header', async () => {
    const otherKeys = await loadOrCreateDevKeys(path.join(api.config.dataDir, 'other-keys'));
    const forged = await signDevToken(otherKeys, anna);
    expectProblem(
      await api.http.get('/api/v1/me').set('Authorization', `Bearer ${forged}`),
      401,
      'AUTH.INVALID_TOKEN',
    );

    const keys = await loadOrCreateDevKeys(path.join(api.config.dataDir, 'keys'));
    const expired = await signDevToken(keys, anna, Math.floor(Date.now() / 1000) - 60);
    expectProblem(
      await api.http.get('/api/v1/me').set('Authorization', `Bearer ${expired}`),
      401,
      'AUTH.INVALID_TOKEN',
    );

    expectProblem(
      await api.http.get('/api/v1/me').set('Authorization', 'Basic YTpi'),
      401,
      'AUTH.MALFORMED_HEADER',
    );
  });
});

describe('identity in oidc mode', () => {
  const audience = 'samverkan-api';
  let idp: FakeIdentityProvider;
  let api: TestApp;
  beforeAll(async () => {
    idp = await startFakeIdentityProvider(audience);
    api = await startTestApp({
      auth: oidcConfig({ issuer: idp.issuer, audience, jwksUrl: idp.jwksUrl }),
    });
  });
  afterAll(async () => {
    await api.close();
    await idp.close();
  });

  const claims = {
    sub: 'u-17',
    name: 'Per Holm',
    role: 'head-of-administration',
    org: 'BUF',
    municipality: '0192',
  };
  const me = (token: string) => api.http.get('/api/v1/me').set('Authorization', `Bearer ${token}`);

  it('takes a valid token as the identity it carries', async () => {
    const response = await me(await idp.sign(claims));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      actor: { id: 'u-17', name: 'Per Holm', role: 'head-of-administration', organisation: 'BUF' },
      municipality: '0192',
    });
  });

  it('refuses a request without a token', async () => {
    expectProblem(await api.http.get('/api/v1/me'), 401, 'AUTH.TOKEN_MISSING');
  });

  it('refuses a bad signature', async () => {
    expectProblem(
      await me(await idp.sign(claims, { key: idp.strangerKey })),
      401,
      'AUTH.INVALID_TOKEN',
    );
  });

  it('refuses a wrong audience', async () => {
    expectProblem(
      await me(await idp.sign(claims, { audience: 'someone-else' })),
      401,
      'AUTH.INVALID_TOKEN',
    );
  });

  it('refuses an expired token', async () => {
    const expired = await idp.sign(claims, { expiresIn: Math.floor(Date.now() / 1000) - 120 });
    expectProblem(await me(expired), 401, 'AUTH.INVALID_TOKEN');
  });

  it('refuses a token without an expiry, or without its time of issue', async () => {
    const forever = expectProblem(
      await me(await idp.sign(claims, { expiresIn: null })),
      401,
      'AUTH.INVALID_TOKEN',
    );
    expect(forever.detail).toMatch(/exp/);
    expectProblem(await me(await idp.sign(claims, { issuedAt: null })), 401, 'AUTH.INVALID_TOKEN');
  });

  it('allows the configured clock skew, and no more', async () => {
    const now = Math.floor(Date.now() / 1000);
    // Expired 30 s ago: within the minute of skew.
    expect(
      (await me(await idp.sign(claims, { issuedAt: now - 600, expiresIn: now - 30 }))).status,
    ).toBe(200);
    // Issued 30 s from now by a fast clock: within it too.
    expect(
      (await me(await idp.sign(claims, { issuedAt: now + 30, expiresIn: now + 600 }))).status,
    ).toBe(200);
  });

  it('refuses a token older than the maximum age, even if it has not expired', async () => {
    const now = Math.floor(Date.now() / 1000);
    const old = await idp.sign(claims, { issuedAt: now - 13 * 3600, expiresIn: now + 3600 });
    expectProblem(await me(old), 401, 'AUTH.INVALID_TOKEN');
  });

  it('refuses a token that does not say who, in which role and municipality', async () => {
    const problem = expectProblem(
      await me(await idp.sign({ ...claims, role: 'mayor' })),
      401,
      'AUTH.INVALID_TOKEN',
    );
    expect(problem.detail).toMatch(/role/);
    expectProblem(
      await me(await idp.sign({ ...claims, municipality: 'Nynäshamn' })),
      401,
      'AUTH.INVALID_TOKEN',
    );
  });
});

describe('cli token', () => {
  it('makes a token that the API, sharing its DATA_DIR, takes as the person it names', async () => {
    const api = await startTestApp();
    try {
      const cli = runSource(
        'apps/cli/src/main.ts',
        [
          'token',
          '--name',
          'Åsa Öberg',
          '--role',
          'coordinator',
          '--org',
          'SOF',
          '--municipality',
          '0192',
        ],
        { DATA_DIR: api.config.dataDir },
      );
      expect(cli.stderr).toBe(`Signed with ${api.config.dataDir}/keys/dev-signing-key.json.\n`);
      const response = await api.http
        .get('/api/v1/me')
        .set('Authorization', `Bearer ${cli.stdout.trim()}`);
      expect(response.body).toMatchObject({
        actor: { id: 'asa-oberg', name: 'Åsa Öberg', role: 'coordinator', organisation: 'SOF' },
        municipality: '0192',
      });
    } finally {
      await api.close();
    }
  });

  it('refuses to make a key that no server uses, and says what to do', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-no-key-'));
    try {
      const cli = runSource(
        'apps/cli/src/main.ts',
        ['token', '--name', 'X', '--role', 'secretary', '--org', 'SOF', '--municipality', '0192'],
        { DATA_DIR: dataDir },
      );
      expect(cli.status).toBe(1);
      expect(cli.stdout).toBe('');
      expect(cli.stderr).toContain(
        `No dev signing key at ${dataDir}/keys/dev-signing-key.json: no server has started in AUTH_MODE=dev with DATA_DIR=${dataDir}. Start the server first (npm start)`,
      );
      await expect(fs.readdir(dataDir)).resolves.toEqual([]);
    } finally {
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses an unknown role', () => {
    const cli = runSource(
      'apps/cli/src/main.ts',
      ['token', '--name', 'X', '--role', 'mayor', '--org', 'SOF', '--municipality', '0192'],
      { DATA_DIR: '/tmp/samverkan-unused' },
    );
    expect(cli.status).toBe(2);
    expect(cli.stderr).toMatch(/--role.*must be one of/s);
  });
});

describe('identity from Microsoft Entra ID (configured claims and role mapping)', () => {
  const audience = 'api://samverkan';
  let idp: FakeIdentityProvider;
  let api: TestApp;
  beforeAll(async () => {
    idp = await startFakeIdentityProvider(audience);
    api = await startTestApp({
      auth: oidcConfig({
        issuer: idp.issuer,
        audience,
        jwksUrl: idp.jwksUrl,
        claims: {
          role: 'roles',
          organisation: 'extension_organisation',
          municipality: 'municipality',
          name: 'name',
        },
        roleMap: [
          ['Samverkan.Admin', 'admin'],
          ['Samverkan.Secretary', 'secretary'],
          ['Samverkan.Reader', 'dashboard'],
        ],
        municipality: '0192',
      }),
    });
  });
  afterAll(async () => {
    await api.close();
    await idp.close();
  });

  const entra = {
    sub: 'AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ',
    oid: '00000000-0000-0000-66f3-3332eca7ea81',
    name: 'Anna Svensson',
    roles: ['Samverkan.Reader', 'Samverkan.Secretary'],
    extension_organisation: 'NAF',
    tid: '9188040d-6c67-4c5b-b112-36a304b66dad',
  };
  const me = (token: string) => api.http.get('/api/v1/me').set('Authorization', `Bearer ${token}`);

  it('maps the app roles to ours (the first in the map that the token carries) and fixes the municipality', async () => {
    const response = await me(await idp.sign(entra));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      actor: { id: entra.sub, name: 'Anna Svensson', role: 'secretary', organisation: 'NAF' },
      municipality: '0192',
    });
  });

  it('refuses a token with none of the mapped roles, even one naming ours', async () => {
    const problem = expectProblem(
      await me(await idp.sign({ ...entra, roles: ['admin'] })),
      401,
      'AUTH.INVALID_TOKEN',
    );
    expect(problem.detail).toMatch(/Samverkan.Admin/);
  });
});
