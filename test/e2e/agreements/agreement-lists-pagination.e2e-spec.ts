import type { TestApp } from '../../support/test-app';
import type { NykopingAgreement } from '../../../apps/cli/src/demo/nykoping-agreement.demo';
import { API, get, recordSeed, startNykopingApp, testEngines } from './agreements-api';

/** The agreements' lists and an agreement's history, a page at a time: walking `next` gives the whole. */
describe.each(testEngines)('pagination of the agreements lists on %s', (engine) => {
  let api: TestApp;
  let seed: NykopingAgreement;
  beforeAll(async () => {
    api = await startNykopingApp(engine);
    seed = await recordSeed(api);
    await api.settled();
  }, 120_000);
  afterAll(() => api.close());

  async function walk(path: string, key: string) {
    const entries: unknown[] = [];
    const separator = path.includes('?') ? '&' : '?';
    let next: string | null = `${API}${path}${separator}limit=2`;
    while (next) {
      const page: any = await api.http.get(next);
      expect(page.status).toBe(200);
      expect(page.body[key].length).toBeLessThanOrEqual(2);
      if (page.body.next) expect(page.headers.link).toBe(`<${page.body.next}>; rel="next"`);
      entries.push(...page.body[key]);
      next = page.body.next;
    }
    return entries;
  }

  it.each([
    ['/agreements', 'agreements'],
    ['/follow-ups?asOf=2024-12-31', 'followUps'],
    ['/indicators', 'indicators'],
    [`/agreements/{id}/history`, 'events'],
  ])('walks %s page by page', async (template, key) => {
    const path = template.replace('{id}', seed.agreement);
    const whole = await get(api, path);
    expect(whole.status).toBe(200);
    expect(whole.body.next).toBeNull();
    expect(await walk(path, key)).toEqual(whole.body[key]);
  });

  // The calendar pages in SQL by due day; a window and a status narrow it page by page.
  it.each([
    '/follow-ups?asOf=2024-12-31',
    '/follow-ups?asOf=2024-12-31&from=2024-03-01&to=2024-11-30',
    '/follow-ups?asOf=2024-12-31&status=overdue',
    '/follow-ups?asOf=2025-06-30&status=overdue',
  ])('walks the calendar %s in due order across pages', async (path) => {
    const whole = await get(api, path);
    const dueDays = whole.body.followUps.map((f: any) => f.dueOn);
    expect(dueDays.length).toBeGreaterThan(2);
    expect(dueDays).toEqual([...dueDays].sort());
    const walked: any[] = await walk(path, 'followUps');
    expect(walked).toEqual(whole.body.followUps);
    const status = new URLSearchParams(path.split('?')[1]).get('status');
    if (status) expect(walked.every((f) => f.status === status)).toBe(true);
  });

  it('answers at most the default page size, and refuses a limit over the maximum', async () => {
    const indicators = await get(api, '/indicators', { limit: 1 });
    expect(indicators.body.indicators).toHaveLength(1);
    expect(indicators.body.next).toContain('cursor=');
    const tooMany = await get(api, '/follow-ups', { limit: 501 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.code).toBe('REQUEST.VALIDATION_FAILED');
  });
});
