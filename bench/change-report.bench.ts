import { NO_STREAM, PostgresEventStore, type Position } from '@app/event-store';
import { AUDIT_TRAIL } from '@app/audit';
import { openDatabase } from '@app/platform';
import { waitForPosition } from '@app/projections';
import { startBenchApp, type BenchApp } from './support/app';
import { TENANT } from './support/events';
import type { BenchOptions } from './support/options';
import type { Section } from './support/report';
import { seedStructure } from './support/seed';
import { now, percentile, round1 } from './support/stats';
import { YEAR_MODEL, yearOfChanges } from './support/year-of-changes';

const API = '/api/v1';

/** The reports the issue names: a model's year of valid-time changes, and a recording window. */
function reads(recordedFrom: string): Record<string, string> {
  const year = `${API}/structure/changes?modelId=${YEAR_MODEL}&from=2024-01-01&to=2024-12-31`;
  const window = `${API}/audit/changes?since=${encodeURIComponent(recordedFrom)}`;
  return {
    'structure changes, a year, first page (50)': year,
    'structure changes, a year, one page of 500': `${year}&limit=500`,
    'audit changes since the seed, first page (50)': window,
    'audit changes since the seed, one page of 500': `${window}&limit=500`,
  };
}

async function timedGet(app: BenchApp, path: string): Promise<{ ms: number; body: unknown }> {
  const t0 = now();
  const response = await fetch(`${app.url}${path}`);
  const body: unknown = await response.json();
  const ms = now() - t0;
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
  return { ms, body };
}

/** The model of 50 groups appended after a background history, then the trail caught up. */
async function seed(app: BenchApp, background: number): Promise<number> {
  const database = await openDatabase({ kind: 'postgres', url: app.databaseUrl });
  const store = new PostgresEventStore(database);
  try {
    let { events, position } = await seedStructure(store, background);
    for (const append of yearOfChanges()) {
      const result = await store.append(TENANT, append.stream, append.events, NO_STREAM);
      events += append.events.length;
      position = result.position > position ? result.position : position;
    }
    await caughtUp(database.db, position);
    return events;
  } finally {
    await store.close();
    await database.close();
  }
}

async function caughtUp(
  db: Parameters<typeof waitForPosition>[0]['db'],
  position: Position,
): Promise<void> {
  const reached = await waitForPosition({
    db,
    names: [AUDIT_TRAIL],
    position,
    timeoutMs: 3_600_000,
    pollMs: 200,
  });
  if (!reached.reached) throw new Error('the audit trail never caught up with the seed');
}

export async function changeReportBench(options: BenchOptions): Promise<Section> {
  const requests = options.quick ? 10 : 200;
  const background = options.quick ? 500 : 20_000;
  const app = await startBenchApp(options.adminUrl);
  const rows: string[][] = [];
  const summary: Record<string, number> = {};
  try {
    const recordedFrom = new Date().toISOString();
    const events = await seed(app, background);
    const paths = reads(recordedFrom);
    const counts: Record<string, number> = {};
    for (const [name, path] of Object.entries(paths)) {
      const { body } = await timedGet(app, path);
      const answer = body as { counts?: { total?: number; events?: number } };
      counts[name] = answer.counts?.total ?? answer.counts?.events ?? 0;
      if (counts[name] === 0) throw new Error(`${name}: nothing to report`);
      for (let i = 0; i < 5; i++) await timedGet(app, path);
    }
    const samples = Object.fromEntries(Object.keys(paths).map((name) => [name, [] as number[]]));
    // Interleaved, request by request, so that the machine's noise falls on every read alike.
    for (let i = 0; i < requests; i++) {
      for (const [name, path] of Object.entries(paths)) {
        samples[name].push((await timedGet(app, path)).ms);
      }
    }
    for (const [name, times] of Object.entries(samples)) {
      const p50 = percentile(times, 50);
      rows.push([
        name,
        counts[name].toLocaleString('en'),
        events.toLocaleString('en'),
        round1(p50),
        round1(percentile(times, 99)),
      ]);
      summary[`change report: ${name} p50 ms`] = p50;
    }
  } finally {
    await app.close();
  }
  return {
    title: 'Change reports',
    intro:
      `The real API in this process (projections running) on a scratch database: a background ` +
      `structure history of about ${background.toLocaleString('en')} events, then a model of 50 ` +
      `groups with a year (2024) of changes (seats started, ended and re-roled). ` +
      `${requests} sequential requests per report, interleaved, through fetch over loopback. ` +
      `The structure report is the model's 2024; the audit report is everything recorded since ` +
      `the seed began, grouped by entity.`,
    headers: ['report', 'changes in the window', 'events in store', 'p50 ms', 'p99 ms'],
    rows,
    summary,
  };
}
