import { BODY_LIMIT_BYTES } from '../../apps/api/src/http/json-body.middleware';
import { ProbeModule } from '../support/probe.module';
import { expectProblem, startTestApp, type TestApp } from '../support/test-app';

describe('HTTP conventions', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ modules: [ProbeModule] });
  });
  afterAll(() => api.close());

  const post = (body: string, type = 'application/json') =>
    api.http.post('/api/v1/probe').set('Content-Type', type).send(body);

  it('accepts a valid body and answers under /api/v1 with a request id', async () => {
    const response = await post(
      JSON.stringify({ name: 'NAF', count: 3, cadence: { minWeeks: 4 } }),
    );
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ name: 'NAF', count: 3, cadence: { minWeeks: 4 } });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('echoes a sane client request id and replaces an unsafe one', async () => {
    const ok = await api.http.get('/health/live').set('X-Request-Id', 'trace-42');
    expect(ok.headers['x-request-id']).toBe('trace-42');
    const bad = await api.http.get('/health/live').set('X-Request-Id', 'x'.repeat(300));
    expect(bad.headers['x-request-id']).not.toBe('x'.repeat(300));
  });

  it('answers malformed JSON with 400 REQUEST.MALFORMED_JSON', async () => {
    const problem = expectProblem(await post('{"name": "NAF",'), 400, 'REQUEST.MALFORMED_JSON');
    expect(problem.instance).toBe('/api/v1/probe');
  });

  it('refuses an unknown field, naming it', async () => {
    const response = await post(JSON.stringify({ name: 'NAF', count: 1, colour: 'red' }));
    const problem = expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
    expect(problem.errors).toEqual([
      { field: 'colour', messages: ['property colour should not exist'] },
    ]);
  });

  it('refuses a wrong type, listing every failing field with its nested path', async () => {
    const response = await post(
      JSON.stringify({ name: 7, count: 'three', cadence: { minWeeks: 0 } }),
    );
    const problem = expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
    const fields = (problem.errors as Array<{ field: string }>).map((error) => error.field);
    expect(fields).toEqual(['name', 'count', 'cadence.minWeeks']);
  });

  it('answers a body over 1 MiB with 413', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(BODY_LIMIT_BYTES), count: 1 });
    expectProblem(await post(big), 413, 'REQUEST.BODY_TOO_LARGE');
  });

  it('answers a body that is not JSON with 415', async () => {
    expectProblem(
      await post('name=NAF&count=1', 'application/x-www-form-urlencoded'),
      415,
      'REQUEST.UNSUPPORTED_MEDIA_TYPE',
    );
    expectProblem(await post('<probe/>', 'text/xml'), 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE');
  });

  it('accepts application/*+json bodies', async () => {
    const response = await post(
      JSON.stringify({ name: 'BUF', count: 2 }),
      'application/merge-patch+json',
    );
    expect(response.status).toBe(201);
  });

  it('answers an unknown route with 404 ROUTE.NOT_FOUND', async () => {
    expectProblem(await api.http.get('/api/v1/no-such-thing'), 404, 'ROUTE.NOT_FOUND');
  });

  it('serves a valid OpenAPI 3 document and the Swagger UI', async () => {
    const document = await api.http.get('/api/docs-json');
    expect(document.status).toBe(200);
    expect(document.body.openapi).toMatch(/^3\./);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/me', '/health/live', '/health/ready']),
    );
    const ui = await api.http.get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger-ui');
  });

  describe('command context', () => {
    const command = () => api.http.post('/api/v1/probe/command');

    it('carries identity, request id, If-Match and Idempotency-Key to the command', async () => {
      const response = await command()
        .set('X-Request-Id', 'req-1')
        .set('If-Match', '"3"')
        .set('Idempotency-Key', 'k-1');
      expect(response.body).toEqual({
        identity: expect.objectContaining({ municipality: '0192' }),
        correlationId: 'req-1',
        expectedRevision: 3,
        idempotencyKey: 'k-1',
        // The request the key is bound to: route, resource and body as the client sent them.
        request: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect((await command().set('If-Match', 'W/"12"')).body.expectedRevision).toBe(12);
    });

    it('refuses an If-Match that is not a revision and an unusable Idempotency-Key', async () => {
      expectProblem(await command().set('If-Match', '"abc"'), 400, 'REQUEST.INVALID_IF_MATCH');
      expectProblem(
        await command().set('Idempotency-Key', 'x'.repeat(201)),
        400,
        'REQUEST.INVALID_IDEMPOTENCY_KEY',
      );
    });
  });
});
