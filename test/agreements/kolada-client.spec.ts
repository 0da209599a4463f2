import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { KoladaClient, KoladaError } from '@app/agreements';
import { startKoladaFixtures } from './kolada-server';

describe('the Kolada client, against fixtures served on 127.0.0.1', () => {
  let kolada: Awaited<ReturnType<typeof startKoladaFixtures>>;
  beforeAll(async () => {
    kolada = await startKoladaFixtures();
  });
  afterAll(() => kolada.close());

  const client = (over: object = {}) =>
    new KoladaClient({
      baseUrl: `${kolada.base}/v3/`,
      retryDelayMs: 1,
      now: () => new Date('2025-03-01T10:00:00Z'),
      ...over,
    });

  it('reads KPI metadata: which KPI is divided by gender', async () => {
    const kpis = await client().kpis(['N00955', 'U40457']);
    expect(kpis.map((k) => [k.id, Boolean(k.is_divided_by_gender)])).toEqual([
      ['N00955', true],
      ['U40457', false],
    ]);
  });

  it('follows next_page, keeping each page with its URL and the SHA-256 of its body', async () => {
    const pages = await client().data(['N00955', 'U40457'], '0480', [2022, 2023]);
    expect(pages.map((p) => p.values.length)).toEqual([2, 1]);
    expect(pages[1]!.url).toBe(
      `${kolada.base}/v3/data/kpi/N00955,U40457/municipality/0480/year/2022,2023?page=2`,
    );
    const second = readFileSync(path.join(__dirname, '../fixtures/kolada/data-page-2.json'));
    expect(pages[1]!.sha256).toBe(createHash('sha256').update(second).digest('hex'));
    expect(pages[0]!.retrievedAt).toBe('2025-03-01T10:00:00.000Z');
    expect(pages[0]!.values[1]!.values).toContainEqual({
      gender: 'M',
      count: 0,
      status: 'Missing',
      value: null,
    });
  });

  it('says what went wrong for a 404 and a 400, without retrying them', async () => {
    const before = kolada.requests.length;
    await expect(client().kpis(['NOPE'])).rejects.toMatchObject({
      name: 'KoladaError',
      status: 404,
      message: expect.stringContaining('no such resource (404)'),
    });
    const malformed = client().data(['N00955'], '0480', ['20x3' as unknown as number]);
    await expect(malformed).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('year must be a number'),
    });
    expect(kolada.requests.length - before).toBe(2);
  });

  it('retries a 503, and gives up on a server that never answers after its retries', async () => {
    const flaky = new KoladaClient({ baseUrl: `${kolada.base}/flaky`, retryDelayMs: 1 });
    expect(await flaky.kpis(['N00955', 'U40457'])).toHaveLength(2);
    const slow = new KoladaClient({
      baseUrl: `${kolada.base}/slow`,
      timeoutMs: 200,
      retries: 1,
      retryDelayMs: 1,
    });
    const error = await slow.kpis(['N00955']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KoladaError);
    expect((error as KoladaError).message).toContain('no answer within 200 ms');
    expect(kolada.requests.filter((r) => r.startsWith('/slow/'))).toHaveLength(2);
  });

  it('refuses an answer that is not the documented shape', async () => {
    const text = new KoladaClient({ baseUrl: `${kolada.base}/text`, retries: 0 });
    await expect(text.kpis(['N00955'])).rejects.toThrow('not JSON');
  });
});
