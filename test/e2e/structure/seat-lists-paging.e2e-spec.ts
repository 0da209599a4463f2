import { expectProblem, startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { recordNynashamn, type Nynashamn } from './nynashamn-scenario';
import { reader } from './queries-http';

/**
 * An organisation's seats and a person's page like every list: walking `next` a seat or two a
 * page gives the whole list's seats, each once and in its order; a CSV export stays whole.
 */
describe.each(testEngines)('paging the seat lists on %s', (engine) => {
  let api: TestApp;
  let n: Nynashamn;
  const get = (url: string, query: Record<string, string> = {}) =>
    reader(api, () => n.position)(url, query);

  beforeAll(async () => {
    api = await startTestApp({ engine });
    n = await recordNynashamn(api);
  }, 120_000);
  afterAll(() => api.close());

  async function walk(url: string, query: Record<string, string>, key: string, limit: number) {
    const seen: any[] = [];
    let page = await get(url, { ...query, limit: String(limit) });
    for (;;) {
      expect(page.status).toBe(200);
      expect(page.body[key].length).toBeLessThanOrEqual(limit);
      seen.push(...page.body[key]);
      if (page.body.next === null) return seen;
      expect(page.body[key]).toHaveLength(limit);
      expect(page.headers.link).toBe(`<${page.body.next}>; rel="next"`);
      page = await api.http.get(page.body.next);
    }
  }

  it("walks an organisation's seats one and two a page, each once, by group then start", async () => {
    const url = `/organisations/${n.sof}/representation`;
    const query = { asOf: '2024-12-01' };
    const whole = await get(url, query);
    expect(whole.body.next).toBeNull();
    const seats = whole.body.seats.map((seat: any) => [seat.group.name, seat.membershipId]);
    expect(seats.length).toBeGreaterThanOrEqual(3);
    expect(seats.map(([name]: string[]) => name)).toEqual(
      [...seats.map(([name]: string[]) => name)].sort((a, b) => a.localeCompare(b)),
    );
    for (const limit of [1, 2]) {
      const walked = await walk(url, query, 'seats', limit);
      expect(walked).toEqual(whole.body.seats);
    }
    const first = await get(url, { ...query, limit: '1' });
    // The count of groups is the whole representation's, on every page.
    expect(first.body.groups).toBe(whole.body.groups);
  });

  it("walks a person's seats one and two a page, each once, by start", async () => {
    const url = `/people/${n.landberg}/memberships`;
    const whole = await get(url);
    expect(whole.body.next).toBeNull();
    expect(whole.body.memberships.map((seat: any) => seat.group.name)).toEqual([
      'Styrgruppen',
      'Våldsprevention',
      'Strategisk styrgrupp',
    ]);
    for (const limit of [1, 2]) {
      expect(await walk(url, {}, 'memberships', limit)).toEqual(whole.body.memberships);
    }
  });

  it('exports the whole representation as CSV whatever the page size', async () => {
    const url = `/organisations/${n.sof}/representation`;
    const query = { asOf: '2024-12-01' };
    const whole = await get(url, query);
    const csv = await get(url, { ...query, format: 'csv', limit: '1' });
    expect(csv.status).toBe(200);
    // A header row and one row per seat, with no page link.
    expect(csv.text.trim().split('\r\n')).toHaveLength(whole.body.seats.length + 1);
    expect(csv.headers.link).toBeUndefined();
  });

  it("refuses a cursor the list did not hand out, or another list's", async () => {
    const lists = [`/organisations/${n.sof}/representation`, `/people/${n.landberg}/memberships`];
    const people = await get('/people', { limit: '1' });
    const foreign = new URL(people.body.next, 'http://x').searchParams.get('cursor')!;
    for (const url of lists) {
      for (const cursor of ['eA', foreign]) {
        expectProblem(await get(url, { cursor }), 400, 'PAGE.CURSOR_INVALID');
      }
      expectProblem(await get(url, { limit: '501' }), 400, 'REQUEST.VALIDATION_FAILED');
    }
  });
});
