import { EVENT_STORE, type EventStore } from '@app/event-store';
import { expectProblem, startTestApp, testEngines, type TestApp } from '../support/test-app';
import { ProjectionsProbeModule } from '../support/projections-probe.module';

for (const engine of testEngines) {
  describe(`projections through HTTP on ${engine}`, () => {
    describe('with the projections running in the API', () => {
      let app: TestApp;
      beforeAll(async () => {
        app = await startTestApp({ engine, modules: [ProjectionsProbeModule] });
      });
      afterAll(() => app?.close());

      it('answers a query with consistentWith only once the command it follows is projected', async () => {
        for (let round = 1; round <= 3; round++) {
          const command = await app.http
            .post('/api/v1/probe-projections/events')
            .send({ stream: 'group-rw' });
          expect(command.status).toBe(201);
          expect(command.body.position).toMatch(/^[1-9][0-9]*$/);

          const query = await app.http
            .get('/api/v1/probe-projections/counts')
            .query({ stream: 'group-rw', consistentWith: command.body.position });
          expect(query.status).toBe(200);
          expect(query.body).toEqual({ events: round });
        }
      });

      it('refuses a consistentWith that is not a position', async () => {
        for (const bad of ['-1', 'abc', '01', '1.5']) {
          const response = await app.http
            .get('/api/v1/probe-projections/counts')
            .query({ stream: 'x', consistentWith: bad });
          const problem = expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
          expect(problem.errors).toEqual([expect.objectContaining({ field: 'consistentWith' })]);
        }
      });

      it('lists each projection with its version, build, state, checkpoint and lag', async () => {
        const command = await app.http
          .post('/api/v1/probe-projections/events')
          .send({ stream: 'group-st' });
        await app.http
          .get('/api/v1/probe-projections/counts')
          .query({ stream: 'group-st', consistentWith: command.body.position })
          .expect(200);

        const response = await app.http.get('/api/v1/projections').expect(200);
        expect(BigInt(response.body.head)).toBeGreaterThanOrEqual(BigInt(command.body.position));
        // The app's own projections are listed too; this test's is the sample.
        const sample = response.body.projections.filter(
          (row: { name: string }) => row.name === 'sample-counts',
        );
        expect(sample).toEqual([
          {
            name: 'sample-counts',
            version: 1,
            build: 1,
            active: true,
            state: 'running',
            checkpoint: response.body.head,
            lag: 0,
            lagExact: true,
            runner: expect.stringMatching(/:\d+$/),
            lastSeen: { runner: sample[0].runner, at: sample[0].updatedAt },
            error: null,
            updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
          },
        ]);
      });
    });

    describe('with PROJECTIONS=off and no worker', () => {
      let app: TestApp;
      beforeAll(async () => {
        app = await startTestApp({
          engine,
          modules: [ProjectionsProbeModule],
          config: { projections: false, consistencyTimeoutMs: 200 },
        });
      });
      afterAll(() => app?.close());

      it('answers a query with consistentWith 503 CONSISTENCY.TIMEOUT, saying which read model is behind', async () => {
        const command = await app.http
          .post('/api/v1/probe-projections/events')
          .send({ stream: 'group-off' });

        const response = await app.http
          .get('/api/v1/probe-projections/counts')
          .query({ stream: 'group-off', consistentWith: command.body.position });

        const problem = expectProblem(response, 503, 'CONSISTENCY.TIMEOUT');
        expect(problem.detail).toContain(`position ${command.body.position}`);
        expect(problem.behind).toEqual([{ name: 'sample-counts', checkpoint: null }]);
        expect(response.headers['retry-after']).toBe('1');
      });

      it('reports the projection as not started, its lag counted in events (positions have gaps)', async () => {
        let last = 0n;
        for (const stream of ['group-a', 'group-b', 'group-c']) {
          const command = await app.http
            .post('/api/v1/probe-projections/events')
            .send({ stream })
            .expect(201);
          last = BigInt(command.body.position);
        }
        // Readers see an event once no older transaction on the server is still open; other
        // test databases on the same server can hold that back for a moment.
        const store = app.app.get<EventStore>(EVENT_STORE);
        while ((await store.head()) < last) await new Promise((resolve) => setTimeout(resolve, 5));
        const response = await app.http.get('/api/v1/projections').expect(200);
        expect(response.body.projections).toContainEqual(
          expect.objectContaining({
            name: 'sample-counts',
            build: null,
            state: 'not-started',
            checkpoint: '0',
            lag: 4,
          }),
        );
      });
    });
  });
}
