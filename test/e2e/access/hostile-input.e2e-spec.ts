import { MAX_TEXT_LENGTH } from '@app/kernel';
import { expectProblem, startTestApp, type TestApp } from '../../support/test-app';
import { API, expectInvalid, headOf } from '../structure/structure-api';
import { personalDataRows } from './access-api';

/** Input an attacker sends: refused with a 400 that names what is wrong, and nothing recorded. */
describe('hostile input', () => {
  let api: TestApp;
  let organisationId: string;
  beforeAll(async () => {
    api = await startTestApp();
    const organisation = await api.http.post(`${API}/organisations`).send({
      kind: 'administration',
      name: 'Socialförvaltningen',
      shortName: 'SOF',
      establishedOn: '2019-01-01',
    });
    organisationId = organisation.body.id;
  });
  afterAll(() => api.close());

  const person = (over: object) => ({
    name: 'Mikael Landberg',
    organisationId,
    on: '2021-01-01',
    ...over,
  });
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  async function refusedUnchanged(send: () => PromiseLike<import('supertest').Response>) {
    const before = { events: await headOf(api), names: await personalDataRows(api) };
    const response = await send();
    expect({ events: await headOf(api), names: await personalDataRows(api) }).toEqual(before);
    return response;
  }

  it('refuses JSON nested deeper than 32 before validating it (REQUEST.TOO_DEEP)', async () => {
    for (const depth of [33, 2_500, 100_000]) {
      const response = await refusedUnchanged(() =>
        api.http
          .post(`${API}/people`)
          .set('Content-Type', 'application/json')
          .send(`{"name":${nested(depth - 1)}}`),
      );
      expectProblem(response, 400, 'REQUEST.TOO_DEEP');
    }
    // Brackets inside strings are text, not nesting.
    const text = await api.http.post(`${API}/people`).send(person({ title: '['.repeat(100) }));
    expect(text.status).toBe(201);
    const atLimit = await api.http
      .post(`${API}/people`)
      .set('Content-Type', 'application/json')
      .send(`{"name":${nested(31)}}`);
    expectInvalid(atLimit, ['name', 'organisationId', 'on']);
  });

  it('refuses NUL characters and lone surrogates in any string, naming the field', async () => {
    const nul = await refusedUnchanged(() =>
      api.http.post(`${API}/people`).send(person({ name: 'Mikael\u0000Landberg' })),
    );
    expect(expectInvalid(nul, ['name']).errors).toEqual([
      { field: 'name', messages: ['name must not contain NUL characters'] },
    ]);
    const surrogate = await refusedUnchanged(() =>
      api.http.post(`${API}/people`).send(person({ title: 'Chef \ud800' })),
    );
    expectInvalid(surrogate, ['title']);
    const low = await refusedUnchanged(() =>
      api.http
        .post(`${API}/organisations/${organisationId}/rename`)
        .send({ name: '\udc00x', on: '2022-01-01' }),
    );
    expectInvalid(low, ['name']);
    // A surrogate pair is a character like any other.
    const pair = await api.http.post(`${API}/people`).send(person({ name: 'Emoji 😀 Person' }));
    expect(pair.status).toBe(201);
  });

  it('refuses them in the query and the path too', async () => {
    expectInvalid(await api.http.get(`${API}/decisions`).query({ caseNumber: 'NAN\u0000' }), [
      'caseNumber',
    ]);
    expectInvalid(await api.http.get(`${API}/organisations/%00`), ['path']);
    // A lone surrogate percent-encoded is no UTF-8 at all: the router refuses to decode it.
    const undecodable = await api.http.get(`${API}/organisations/%ED%A0%80`);
    expect(undecodable.status).toBe(400);
    expect(undecodable.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('takes __proto__ and constructor as the unknown fields they are', async () => {
    for (const key of ['__proto__', 'constructor']) {
      const response = await refusedUnchanged(() =>
        api.http
          .post(`${API}/people`)
          .set('Content-Type', 'application/json')
          .send(
            `{"name":"Mikael Landberg","organisationId":"${organisationId}","on":"2021-01-01","${key}":{"role":"admin"}}`,
          ),
      );
      expectInvalid(response, [key]);
    }
    const deep = await api.http
      .post(`${API}/organisations/${organisationId}/rename`)
      .set('Content-Type', 'application/json')
      .send('{"name":"X","on":"2022-01-01","__proto__":{"isAdmin":true}}');
    expectInvalid(deep, ['__proto__']);
  });

  it('refuses required text that is only whitespace, and any string over its maximum', async () => {
    expectInvalid(
      await refusedUnchanged(() => api.http.post(`${API}/people`).send(person({ name: ' \t\n ' }))),
      ['name'],
    );
    expectInvalid(
      await refusedUnchanged(() =>
        api.http.post(`${API}/people`).send(person({ name: 'x'.repeat(201) })),
      ),
      ['name'],
    );
    expectInvalid(
      await refusedUnchanged(() =>
        api.http.post(`${API}/people`).send(person({ extra: 'x'.repeat(MAX_TEXT_LENGTH + 1) })),
      ),
      ['extra'],
    );
  });
});
