import { expectProblem, startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { API, Structure } from './structure-api';

/**
 * The lists page in SQL by their sort key (name, then id): walking `next` over a list longer
 * than a page, whose entries share names, gives every entry exactly once, in order.
 */
describe.each(testEngines)('keyset pagination of the structure lists on %s', (engine) => {
  let api: TestApp;
  let structure: Structure;
  const twins: string[] = [];
  const groups: string[] = [];

  beforeAll(async () => {
    api = await startTestApp({ engine });
    structure = new Structure(api);
    // Seven organisations of one name (their ids decide their order) among three others.
    for (const name of ['Ö-nämnden', 'A-nämnden', 'Samma nämnd', 'B-nämnden']) {
      const copies = name === 'Samma nämnd' ? 7 : 1;
      for (let i = 0; i < copies; i += 1) {
        const id = await structure.create('/organisations', {
          kind: 'board',
          name,
          establishedOn: '2020-01-01',
        });
        if (name === 'Samma nämnd') twins.push(id);
      }
    }
    const model = await structure.model(twins.slice(0, 2));
    for (let i = 0; i < 5; i += 1)
      groups.push(await structure.group(model, { name: 'Arbetsgrupp' }));
  }, 120_000);
  afterAll(() => api.close());

  async function walk(path: string, key: string, limit: number) {
    const seen: Array<{ id: string; name: string }> = [];
    let next: string | null = `${API}${path}&limit=${limit}`;
    let pages = 0;
    while (next) {
      const page: any = await api.http.get(next);
      expect(page.status).toBe(200);
      expect(page.body[key].length).toBeLessThanOrEqual(limit);
      if (page.body.next) {
        expect(page.body[key]).toHaveLength(limit);
        expect(page.headers.link).toBe(`<${page.body.next}>; rel="next"`);
      }
      seen.push(...page.body[key]);
      next = page.body.next;
      pages += 1;
    }
    return { seen, pages };
  }

  const byNameThenId = (a: { name: string; id: string }, b: { name: string; id: string }) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

  it('walks organisations sharing a name, three a page, each once and in order', async () => {
    await api.settled();
    const { seen, pages } = await walk(
      '/organisations?kind=board&asOf=2024-01-01',
      'organisations',
      3,
    );
    expect(seen).toHaveLength(10);
    expect(new Set(seen.map((entry) => entry.id)).size).toBe(10);
    expect(seen).toEqual([...seen].sort(byNameThenId));
    expect(seen.filter((entry) => entry.name === 'Samma nämnd').map((entry) => entry.id)).toEqual(
      [...twins].sort(),
    );
    expect(pages).toBe(4);
    // The filters travel with the cursor: the whole list in one page is the same list.
    const whole = await api.http.get(`${API}/organisations?kind=board&asOf=2024-01-01`);
    expect(whole.body.organisations).toEqual(seen);
  });

  it('walks groups of one name by id, two a page', async () => {
    await api.settled();
    const { seen } = await walk('/groups?asOf=2024-01-01', 'groups', 2);
    expect(seen.map((entry) => entry.id)).toEqual([...groups].sort());
  });

  it('refuses a cursor that is no sort key of the list', async () => {
    for (const key of ['["Samma nämnd"]', '{"a":1}', '[null,"x"]', 'not json']) {
      const cursor = Buffer.from(key).toString('base64url');
      expectProblem(
        await api.http.get(`${API}/organisations?cursor=${cursor}`),
        400,
        'PAGE.CURSOR_INVALID',
      );
    }
  });

  it("refuses another list's cursor, and a key no row has, rather than read them into SQL", async () => {
    await api.settled();
    const organisations = await api.http.get(`${API}/organisations?limit=1`);
    const cursor = new URL(organisations.body.next, 'http://x').searchParams.get('cursor');
    // A name where the meetings' key has a date: read into SQL, it failed the query (a 500).
    for (const list of ['/meetings', '/assignments', '/agreements', '/groups', '/people']) {
      expectProblem(
        await api.http.get(`${API}${list}?cursor=${cursor}`),
        400,
        'PAGE.CURSOR_INVALID',
      );
    }
    const nul = Buffer.from(JSON.stringify(['/api/v1/organisations', '\u0000', 'x']));
    expectProblem(
      await api.http.get(`${API}/organisations?cursor=${nul.toString('base64url')}`),
      400,
      'PAGE.CURSOR_INVALID',
    );
    // The right list with a word where its key has a date (the meetings' is a date column): the
    // database refuses it, and so does the API, as a bad cursor and not as its own failure.
    const forged = (list: string, ...key: string[]) =>
      api.http.get(
        `${API}${list}?cursor=${Buffer.from(JSON.stringify([`/api/v1${list}`, ...key])).toString('base64url')}`,
      );
    const id = '00000000-0000-4000-8000-000000000000';
    expectProblem(await forged('/meetings', 'inte ett datum', id), 400, 'PAGE.CURSOR_INVALID');
    // Where a key is text (dates as given), a forged one is just a place in the order.
    for (const list of ['/models', '/assignments', '/agreements', '/inquiries']) {
      expect([200, 400]).toContain((await forged(list, 'våren 2019', id)).status);
    }
    const again = await api.http.get(organisations.body.next);
    expect(again.status).toBe(200);
  });
});
