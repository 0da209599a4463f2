import { Client } from 'pg';
import { startBenchApp, type BenchApp } from './support/app';
import { seedApp } from './support/history-in-app';
import type { BenchOptions } from './support/options';
import type { Section } from './support/report';
import { now, percentile, ratio, round1 } from './support/stats';

const API = '/api/v1';
// Between the seats' start dates (the first of each month of 2022): half the seats hold.
const AS_OF = '2022-06-15';
const READS = {
  structure: `${API}/structure?modelId=m-0&asOf=${AS_OF}`,
  group: `${API}/groups/g-0-1?asOf=${AS_OF}`,
};

async function timedGet(app: BenchApp, path: string): Promise<number> {
  const t0 = now();
  const response = await fetch(`${app.url}${path}`);
  await response.arrayBuffer();
  const elapsed = now() - t0;
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
  return elapsed;
}

/** A read of an empty structure would be fast and meaningless: the seeded seats must show. */
async function expectSeats(app: BenchApp): Promise<void> {
  const response = await fetch(`${app.url}${READS.structure}`);
  const body = (await response.json()) as { totals?: { seats?: number } };
  if (!body.totals?.seats) throw new Error(`no seats in ${JSON.stringify(body).slice(0, 300)}`);
}

/** Where the largest history's reads scanned whole tables: a diagnosis for the notes, not a figure. */
async function printScans(app: BenchApp): Promise<void> {
  const client = new Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    const tables = await client.query(
      `select schemaname || '.' || relname as table, seq_scan, seq_tup_read, idx_scan, n_live_tup
         from pg_stat_user_tables where seq_scan > 0 order by seq_tup_read desc limit 6`,
    );
    console.log('sequential scans in the largest history during the reads (pg_stat_user_tables):');
    console.table(tables.rows);
    const indexes = await client.query(
      `select relname as table, indexrelname as index, idx_scan, idx_tup_read, idx_tup_fetch
         from pg_stat_user_indexes where idx_scan > 0 order by idx_tup_read desc limit 8`,
    );
    console.log('index reads in the largest history during the reads (pg_stat_user_indexes):');
    console.table(indexes.rows);
  } finally {
    await client.end();
  }
}

/** Zeroes the database's statistics, so that the scans printed after are the reads' alone. */
async function resetStatistics(app: BenchApp): Promise<void> {
  const client = new Client({ connectionString: app.databaseUrl });
  await client.connect();
  await client.query('select pg_stat_reset()').finally(() => client.end());
}

export function historySizes(options: BenchOptions): number[] {
  if (options.quick) return [500, options.maxEvents];
  return [...new Set([10_000, 100_000, options.maxEvents])]
    .filter((size) => size <= options.maxEvents)
    .sort((a, b) => a - b);
}

export async function timeTravelBench(options: BenchOptions): Promise<Section> {
  const requests = options.quick ? 20 : 500;
  const sizes = historySizes(options);
  const apps: Array<{ app: BenchApp; events: number }> = [];
  const rows: string[][] = [];
  const summary: Record<string, number> = {};
  try {
    for (const size of sizes) {
      const app = await startBenchApp(options.adminUrl);
      apps.push({ app, events: 0 });
      apps[apps.length - 1].events = (await seedApp(app, size)).events;
    }
    const samples = apps.map(() => ({ structure: [] as number[], group: [] as number[] }));
    for (const { app } of apps) await expectSeats(app);
    // Warm-up: the first requests pay for connections and the query plans.
    for (const { app } of apps) for (let i = 0; i < 10; i++) await timedGet(app, READS.group);
    await resetStatistics(apps[apps.length - 1].app);
    // Interleaved over the sizes, request by request, so that noise falls on every size alike.
    for (let i = 0; i < requests; i++) {
      for (const [index, { app }] of apps.entries()) {
        samples[index].structure.push(await timedGet(app, READS.structure));
        samples[index].group.push(await timedGet(app, READS.group));
      }
    }
    for (const read of ['structure', 'group'] as const) {
      const p50s = samples.map((sample) => percentile(sample[read], 50));
      apps.forEach(({ events }, index) => {
        rows.push([
          read === 'structure' ? 'GET /structure?modelId=m-0&asOf=' : 'GET /groups/g-0-1?asOf=',
          events.toLocaleString('en'),
          round1(p50s[index]),
          round1(percentile(samples[index][read], 99)),
          ratio(p50s[index], p50s[0]),
        ]);
      });
      summary[`time travel: ${read} largest/smallest`] = p50s[p50s.length - 1] / p50s[0];
    }
    await printScans(apps[apps.length - 1].app);
  } finally {
    for (const { app } of apps) await app.close();
  }
  return {
    title: 'Time travel',
    intro:
      `The real API in this process (projections running), one app per history size, each on ` +
      `its own scratch database seeded with the generated structure history. ${requests} ` +
      `sequential requests per read and size, interleaved across sizes, through fetch over ` +
      `loopback with keep-alive. Model m-0 and group g-0-1 are the same size whatever the ` +
      `history (10 groups, 20 seats each, half of them on ${AS_OF}): growth is the cost of ` +
      `history alone.`,
    headers: ['read', 'events in store', 'p50 ms', 'p99 ms', 'p50 / smallest'],
    rows,
    summary,
  };
}
