import { randomUUID } from 'node:crypto';
import { ProbeModule } from '../support/probe.module';
import { expectProblem, startTestApp, type TestApp } from '../support/test-app';

interface FieldError {
  field: string;
  messages: string[];
}

/** A field left out is "required", first and alone, whatever else it would have to be. */
describe('required fields', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ modules: [ProbeModule] });
  });
  afterAll(() => api.close());

  it('say "is required" for a missing name (not three messages about a string)', async () => {
    const response = await api.http
      .post('/api/v1/groups')
      .send({ modelId: randomUUID(), kind: 'working', formedOn: '2023-01-01' });
    const problem = expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
    expect(problem.errors).toContainEqual({ field: 'name', messages: ['name is required'] });
    expect(problem.detail).toMatch(/^Invalid name\b/);
  });

  it('say "is required" for every field left out of every command, nested ones too', async () => {
    const document = (await api.http.get('/api/docs-json')).body as {
      paths: Record<string, { post?: unknown }>;
    };
    const commands = Object.keys(document.paths).filter(
      (route) => document.paths[route].post && route !== '/api/v1/probe',
    );
    expect(commands.length).toBeGreaterThan(20);
    const refused: string[] = [];
    for (const route of commands) {
      const path = route.replace(/\{[^}]+\}/g, () => randomUUID());
      // A nested object sent empty: its own required fields are said the same way.
      for (const body of [{}, { body: {}, scheduledFor: {}, owedBy: {}, cadence: {} }]) {
        const response = await api.http.post(path).send(body);
        if (response.status !== 400) continue;
        refused.push(route);
        for (const { field, messages } of response.body.errors as FieldError[]) {
          const property = field.split('.').at(-1);
          if (field in body || messages.some((message) => /should not exist/.test(message))) {
            continue; // sent (empty) or not a field of this command
          }
          expect({ route, field, messages }).toEqual({
            route,
            field,
            messages: [
              expect.stringMatching(new RegExp(`^(${property} is required|.*required.*)$`)),
            ],
          });
        }
      }
    }
    expect(refused).toEqual(expect.arrayContaining(['/api/v1/groups', '/api/v1/meetings']));
  });

  it('keep the other messages for a value that was sent but is wrong', async () => {
    const response = await api.http.post('/api/v1/groups').send({
      modelId: 'nope',
      kind: 'working',
      name: 'Närvaro',
      formedOn: '2023-13-01',
    });
    const problem = expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: 'modelId', messages: ['modelId must be a UUID'] },
        { field: 'formedOn', messages: ['formedOn must be a date YYYY, YYYY-MM or YYYY-MM-DD'] },
      ]),
    );
  });
});
