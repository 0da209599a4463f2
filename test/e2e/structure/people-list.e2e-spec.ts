import { expectProblem, startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { recordNynashamn, type Nynashamn } from './nynashamn-scenario';
import { reader } from './queries-http';

describe.each(testEngines)('the people list on %s', (engine) => {
  let api: TestApp;
  let n: Nynashamn;
  const get = (query: Record<string, string> = {}) =>
    reader(api, () => n.position)('/people', query);

  beforeAll(async () => {
    api = await startTestApp({ engine });
    n = await recordNynashamn(api);
  }, 120_000);
  afterAll(() => api.close());

  it('lists people by name with title and organisation', async () => {
    const response = await get();
    expect(response.status).toBe(200);
    const names = response.body.people.map((person: any) => person.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(response.body.people).toContainEqual({
      id: n.landberg,
      name: 'Mikael Landberg',
      nameErased: false,
      title: 'Förvaltningschef',
      organisationId: n.sof,
      organisation: { id: n.sof, name: 'Socialförvaltningen', shortName: 'SOF' },
      registeredOn: '2021-01-01',
    });
    expect(response.body.next).toBeNull();
  });

  it('filters by organisation and by a part of the name, any case', async () => {
    const sof = await get({ organisationId: n.sof });
    expect(sof.body.people.map((person: any) => person.id)).toEqual([n.landberg]);
    const named = await get({ name: 'LANDB' });
    expect(named.body.people.map((person: any) => person.id)).toEqual([n.landberg]);
    const wildcard = await get({ name: '%' });
    expect(wildcard.body.people).toEqual([]);
    const before = await get({ asOf: '2020-01-01' });
    expect(before.body.people).toEqual([]);
  });

  it('pages by name with next and a Link header, without gaps or repeats', async () => {
    const whole = await get({ limit: '500' });
    const seen: string[] = [];
    let next: string | null = '/api/v1/people?limit=2';
    while (next) {
      const page: any = await api.http.get(next);
      expect(page.status).toBe(200);
      expect(page.body.people.length).toBeLessThanOrEqual(2);
      if (page.body.next) expect(page.headers.link).toBe(`<${page.body.next}>; rel="next"`);
      seen.push(...page.body.people.map((person: any) => person.id));
      next = page.body.next;
    }
    expect(seen).toEqual(whole.body.people.map((person: any) => person.id));
    expect(seen.length).toBeGreaterThan(2);
  });

  it('refuses a malformed limit or cursor', async () => {
    expectProblem(await get({ limit: 'many' }), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(await get({ cursor: 'eA' }), 400, 'PAGE.CURSOR_INVALID');
    expectProblem(await get({ name: '  ' }), 400, 'REQUEST.VALIDATION_FAILED');
  });
});
