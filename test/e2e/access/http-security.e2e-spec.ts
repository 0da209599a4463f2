import { httpConfig } from '@app/platform';
import { expectProblem, startTestApp, type TestApp } from '../../support/test-app';
import { API, tokenFor } from '../structure/structure-api';
import { identityOf } from './access-api';

/** Security headers, the CORS allow-list and the per-identity rate limit. */
describe('HTTP security', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({
      config: {
        http: httpConfig({ corsOrigins: ['https://dashboard.nynashamn.se'], ratePerMinute: 5 }),
      },
    });
  });
  afterAll(() => api.close());

  it('sends security headers on every answer', async () => {
    const response = await api.http.get('/health/live');
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringContaining('max-age='),
      'content-security-policy': expect.stringContaining("default-src 'self'"),
    });
    expect(response.headers).not.toHaveProperty('x-powered-by');
  });

  it('lets browsers of the configured origins call the API, and no others', async () => {
    const allowed = await api.http
      .options(`${API}/me`)
      .set('Origin', 'https://dashboard.nynashamn.se')
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'authorization');
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://dashboard.nynashamn.se');
    expect(allowed.headers['access-control-allow-headers']).toMatch(/Authorization/);
    const other = await api.http
      .options(`${API}/me`)
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'GET');
    expect(other.headers).not.toHaveProperty('access-control-allow-origin');
  });

  it('limits each identity to its requests a minute (429 problem), and leaves the others be', async () => {
    const auditor = `Bearer ${await tokenFor(api, identityOf('auditor'))}`;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await api.http.get(`${API}/me`).set('Authorization', auditor)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const limited = await api.http.get(`${API}/organisations`).set('Authorization', auditor);
    const problem = expectProblem(limited, 429, 'REQUEST.RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(problem.detail).toMatch(/5 requests a minute/);

    const secretary = `Bearer ${await tokenFor(api, identityOf('secretary'))}`;
    expect((await api.http.get(`${API}/me`).set('Authorization', secretary)).status).toBe(200);
    // The health probes are never limited.
    for (let i = 0; i < 7; i++) expect((await api.http.get('/health/live')).status).toBe(200);
  });
});
