import { expectProblem, startTestApp, type TestApp } from '../../support/test-app';
import { recordNynashamn, type Nynashamn } from './nynashamn-scenario';

/** Lists computed whole and answered a page at a time: walking `next` gives the whole list. */
describe('pagination of the structure lists', () => {
  let api: TestApp;
  let n: Nynashamn;

  beforeAll(async () => {
    api = await startTestApp();
    n = await recordNynashamn(api);
  }, 120_000);
  afterAll(() => api.close());

  async function walk(path: string, key: string) {
    const ids: string[] = [];
    let next: string | null = `${path}&limit=2&consistentWith=${n.position}`;
    let pages = 0;
    while (next) {
      const page: any = await api.http.get(next);
      expect(page.status).toBe(200);
      expect(page.body[key].length).toBeLessThanOrEqual(2);
      ids.push(...page.body[key].map((entry: any) => entry.id));
      next = page.body.next;
      pages += 1;
    }
    return { ids, pages };
  }

  it.each([
    ['/api/v1/organisations?includeEnded=true', 'organisations'],
    ['/api/v1/models?includeEnded=true', 'models'],
    [`/api/v1/groups?includeEnded=true&asOf=2024-06-01`, 'groups'],
  ])('walks %s page by page', async (path, key) => {
    const whole = await api.http.get(`${path}&consistentWith=${n.position}`);
    expect(whole.body.next).toBeNull();
    const { ids, pages } = await walk(path, key);
    expect(ids).toEqual(whole.body[key].map((entry: any) => entry.id));
    expect(pages).toBe(Math.max(1, Math.ceil(ids.length / 2)));
  });

  // A history is a list too: its stream's revisions are its order.
  it.each([
    ['organisation', (n: Nynashamn) => n.naf, 1],
    ['model', (n: Nynashamn) => n.oldModel, 2],
    ['group', (n: Nynashamn) => n.steering, 2],
    ['post', (n: Nynashamn) => n.headOfBuf, 2],
  ])('walks the history of a %s page by page, with a Link header', async (kind, idOf, least) => {
    const path = `/api/v1/${kind}s/${idOf(n)}/history`;
    const whole = await api.http.get(path);
    expect(whole.status).toBe(200);
    expect(whole.body.next).toBeNull();
    expect(whole.headers.link).toBeUndefined();
    const revisions: number[] = [];
    let next: string | null = `${path}?limit=1`;
    while (next) {
      const page: any = await api.http.get(next);
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ id: idOf(n), stream: `${kind}-${idOf(n)}` });
      expect(page.body.events.length).toBeLessThanOrEqual(1);
      if (page.body.next) expect(page.headers.link).toBe(`<${page.body.next}>; rel="next"`);
      revisions.push(...page.body.events.map((event: any) => event.revision));
      next = page.body.next;
    }
    expect(whole.body.events.length).toBeGreaterThanOrEqual(least);
    expect(revisions).toEqual(whole.body.events.map((event: any) => event.revision));
  });

  it('refuses a cursor the list did not hand out, and a limit over the maximum', async () => {
    const cursor = Buffer.from('no-such-id').toString('base64url');
    expectProblem(
      await api.http.get(`/api/v1/groups?cursor=${cursor}`),
      400,
      'PAGE.CURSOR_INVALID',
    );
    expectProblem(await api.http.get('/api/v1/models?limit=501'), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(
      await api.http.get(`/api/v1/groups/${n.steering}/history?cursor=${cursor}`),
      400,
      'PAGE.CURSOR_INVALID',
    );
    expectProblem(
      await api.http.get(`/api/v1/groups/${n.steering}/history?limit=0`),
      400,
      'REQUEST.VALIDATION_FAILED',
    );
  });
});
