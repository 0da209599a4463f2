import fc from 'fast-check';
import { startTestApp, type TestApp } from '../../support/test-app';
import { API } from '../structure/structure-api';
import { eventCount, personalDataRows } from './access-api';
import { bodyFor, type Schema } from './fuzz-bodies';

/** About this many requests in all, spread over every POST route: bounded, so CI stays fast. */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 2000);
/** FUZZ_SEED=<seed> repeats a run exactly; the seed of every run is printed. */
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

interface Operation {
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

/**
 * Malformed bodies for every POST route of the OpenAPI document, as an attacker sends them: no
 * answer is a 5xx, every refusal is problem+json with a code, and nothing but a 2xx records an
 * event or leaves a name in the personal-data table.
 */
describe('fuzzing every command', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('answers every malformed body with a 4xx problem that records nothing', async () => {
    const document = (await api.http.get('/api/docs-json')).body as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, Schema> };
    };
    const resolve = (ref: string) => document.components.schemas[ref.split('/').pop()!];
    const organisation = await api.http.post(`${API}/organisations`).send({
      kind: 'administration',
      name: 'Socialförvaltningen',
      shortName: 'SOF',
      establishedOn: '2019-01-01',
    });
    const ids: string[] = [organisation.body.id];
    const posts = Object.entries(document.paths).flatMap(([path, methods]) =>
      methods.post ? [{ path, operation: methods.post }] : [],
    );
    expect(posts.length).toBeGreaterThan(25);
    const runs = Math.ceil(REQUESTS / posts.length);
    console.info(
      `fuzz: seed ${SEED} (FUZZ_SEED=${SEED} repeats it), ${runs} bodies for each of ${posts.length} POST routes`,
    );

    const counts = { requests: 0, '2xx': 0, '4xx': 0, '5xx': 0, eventsWritten: 0, eventsBy2xx: 0 };
    const failures: string[] = [];
    for (const [index, { path, operation }] of posts.entries()) {
      const schema = operation.requestBody?.content?.['application/json']?.schema ?? {};
      const pathIds = fc.constantFrom(
        ...ids,
        '00000000-0000-4000-8000-000000000000',
        'not-a-uuid',
        '%00',
      );
      await fc
        .assert(
          fc.asyncProperty(bodyFor(schema, resolve, ids), pathIds, async (body, id) => {
            const url = `${API}${path.replace(/^\/api\/v1/, '').replace(/\{\w+\}/g, id)}`;
            const before = { events: await eventCount(api), names: await personalDataRows(api) };
            const response = await api.http
              .post(url)
              .set('Content-Type', 'application/json')
              .send(body);
            const after = { events: await eventCount(api), names: await personalDataRows(api) };
            counts.requests++;
            const written = after.events - before.events;
            counts.eventsWritten += written;
            const where = `POST ${url} ${body.slice(0, 200)} → ${response.status}`;
            if (response.status >= 500) {
              counts['5xx']++;
              failures.push(`${where}: ${response.text.slice(0, 200)}`);
              return false;
            }
            if (response.status < 300) {
              counts['2xx']++;
              counts.eventsBy2xx += written;
              if (response.body?.id) ids.push(response.body.id);
              return true;
            }
            counts['4xx']++;
            const isProblem =
              /^application\/problem\+json/.test(response.headers['content-type'] ?? '') &&
              typeof response.body?.code === 'string';
            if (!isProblem) failures.push(`${where}: not a problem with a code`);
            if (after.events !== before.events || after.names !== before.names) {
              failures.push(
                `${where}: wrote ${written} events, ${after.names - before.names} names`,
              );
            }
            return isProblem && after.events === before.events && after.names === before.names;
          }),
          { seed: SEED + index, numRuns: runs, endOnFailure: true },
        )
        .catch((error: unknown) => {
          failures.push(String(error).slice(0, 2000));
        });
    }
    console.info(`fuzz: ${JSON.stringify(counts)} (seed ${SEED})`);
    expect(failures).toEqual([]);
    expect(counts.eventsWritten).toBe(counts.eventsBy2xx);
    expect(counts['5xx']).toBe(0);
  }, 600_000);
});
