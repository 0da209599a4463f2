import { SQL_DATABASE, type SqlDatabase, oidcConfig } from '@app/platform';
import { expectProblem, startTestApp, testEngines } from '../support/test-app';

describe.each(testEngines)('health on %s', (engine) => {
  it('is live and ready while the database answers, and not ready when it does not', async () => {
    const api = await startTestApp({ engine });
    try {
      expect((await api.http.get('/health/live')).status).toBe(200);
      const ready = await api.http.get('/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body.details).toEqual({
        database: { status: 'up', engine },
        eventStore: { status: 'up', head: '0' },
      });

      // The database going away, as the probe sees it; closing the real pool would also stop
      // the in-process projections, which is not what this test is about.
      const database = api.app.get<SqlDatabase>(SQL_DATABASE);
      jest.spyOn(database, 'ping').mockRejectedValueOnce(new Error('connect ECONNREFUSED'));
      const down = expectProblem(await api.http.get('/health/ready'), 503, 'HEALTH.NOT_READY');
      expect(down.details).toEqual({ database: { status: 'down', engine } });
      expect((await api.http.get('/health/live')).status).toBe(200);
    } finally {
      await api.close();
    }
  });

  it('needs no token in oidc mode, while the API does', async () => {
    const api = await startTestApp({
      engine,
      auth: oidcConfig({
        issuer: 'https://idp.test',
        audience: 'samverkan',
        jwksUrl: 'http://127.0.0.1:9/jwks',
      }),
    });
    try {
      expect((await api.http.get('/health/ready')).status).toBe(200);
      expectProblem(await api.http.get('/api/v1/me'), 401, 'AUTH.TOKEN_MISSING');
    } finally {
      await api.close();
    }
  });
});
