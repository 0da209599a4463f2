import { createHash } from 'node:crypto';

/**
 * A thin typed client for Kolada's open API (read-only JSON, https://api.kolada.se/v3). Every
 * response is `{ values, count, next_page? }` with at most 5,000 values per page; `next_page`
 * is the URL of the next one. Field names are as Kolada documents them, kept as they are.
 */
export interface KoladaPage<T> {
  values: T[];
  count: number;
  next_page?: string | null;
}

/** KPI metadata (the fields this system reads; Kolada sends more). */
export interface KoladaKpi {
  id: string;
  title: string;
  is_divided_by_gender: boolean | number;
}

export interface KoladaValue {
  gender: 'T' | 'K' | 'M';
  value: number | null;
  status: string | null;
  count: number;
}

/** One KPI's values for one municipality and period. */
export interface KoladaDataRow {
  kpi: string;
  municipality: string;
  period: number;
  values: KoladaValue[];
}

/** A page as fetched: its URL, its body's SHA-256 (the provenance of what it holds) and its rows. */
export interface FetchedPage<T> {
  url: string;
  sha256: string;
  retrievedAt: string;
  values: T[];
}

export interface KoladaClientOptions {
  /** e.g. https://api.kolada.se/v3 (KOLADA_BASE_URL). */
  baseUrl: string;
  /** Per request; default 10 s. */
  timeoutMs?: number;
  /** Further tries after a timeout, a network error, 429 or 5xx; default 2. Never after 4xx. */
  retries?: number;
  /** Wait before the first retry, doubled for each next one; default 250 ms. */
  retryDelayMs?: number;
  /** Tests may pass a clock; default the system clock (retrievedAt). */
  now?: () => Date;
}

/** Kolada could not answer, or answered something else than its documented shape. */
export class KoladaError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'KoladaError';
  }
}

export class KoladaClient {
  private readonly baseUrl: string;

  constructor(private readonly options: KoladaClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  /** The KPIs' metadata, e.g. whether each is divided by gender. */
  async kpis(ids: readonly string[]): Promise<KoladaKpi[]> {
    const pages = await this.pages<KoladaKpi>(`/kpi/${ids.map(encodeURIComponent).join(',')}`);
    return pages.flatMap((page) => page.values);
  }

  /** Values of the KPIs for a municipality and years, page by page (each page's hash kept). */
  data(
    kpis: readonly string[],
    municipality: string,
    years: readonly number[],
  ): Promise<FetchedPage<KoladaDataRow>[]> {
    const path =
      `/data/kpi/${kpis.map(encodeURIComponent).join(',')}` +
      `/municipality/${encodeURIComponent(municipality)}/year/${years.join(',')}`;
    return this.pages<KoladaDataRow>(path);
  }

  /** Follows next_page until there is none (a page seen twice is refused: it would loop). */
  private async pages<T>(path: string): Promise<FetchedPage<T>[]> {
    const pages: FetchedPage<T>[] = [];
    const seen = new Set<string>();
    for (let url: string | null = `${this.baseUrl}${path}`; url;) {
      if (seen.has(url)) throw new KoladaError('Kolada sent a next_page already read', url);
      seen.add(url);
      const { body, retrievedAt } = await this.get(url);
      const page: KoladaPage<T> = parsePage<T>(body, url);
      pages.push({
        url,
        sha256: createHash('sha256').update(body).digest('hex'),
        retrievedAt,
        values: page.values,
      });
      url = page.next_page ? new URL(page.next_page, url).toString() : null;
    }
    return pages;
  }

  private async get(url: string): Promise<{ body: string; retrievedAt: string }> {
    const retries = this.options.retries ?? 2;
    let delay = this.options.retryDelayMs ?? 250;
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.tryOnce(url);
      if ('body' in outcome) return outcome;
      if (!outcome.retryable || attempt >= retries) throw outcome.error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
  }

  private async tryOnce(
    url: string,
  ): Promise<{ body: string; retrievedAt: string } | { error: KoladaError; retryable: boolean }> {
    const timeoutMs = this.options.timeoutMs ?? 10_000;
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { Accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      const why = timedOut ? `no answer within ${timeoutMs} ms` : (error as Error).message;
      return {
        error: new KoladaError(`Kolada could not be reached: ${why}`, url),
        retryable: true,
      };
    }
    const body = await response.text();
    if (response.ok) {
      return { body, retrievedAt: (this.options.now?.() ?? new Date()).toISOString() };
    }
    const status = response.status;
    const detail = body.slice(0, 300).trim();
    const message =
      status === 404
        ? `Kolada has no such resource (404): ${url}`
        : `Kolada answered ${status} for ${url}${detail ? `: ${detail}` : ''}`;
    return {
      error: new KoladaError(message, url, status),
      retryable: status === 429 || status >= 500,
    };
  }
}

function parsePage<T>(body: string, url: string): KoladaPage<T> {
  let page: unknown;
  try {
    page = JSON.parse(body);
  } catch {
    throw new KoladaError('Kolada answered something that is not JSON', url);
  }
  const { values, count } = (page ?? {}) as Partial<KoladaPage<T>>;
  if (!Array.isArray(values) || typeof count !== 'number') {
    throw new KoladaError('Kolada answered without values and count', url);
  }
  return page as KoladaPage<T>;
}
