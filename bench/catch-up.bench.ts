import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { PostgresEventStore } from '@app/event-store';

import { openBenchDatabase } from './support/databases';
import { CATCH_UP_BATCH as BATCH, type BenchOptions } from './support/options';
import type { Section } from './support/report';
import { seedStructure } from './support/seed';
import { median, ratio, round1 } from './support/stats';

interface ChildFigures {
  rssBeforeMb: number;
  readRates: number[];
  rebuildRates: number[];
  readPeaksMb: number[];
  rebuildPeaksMb: number[];
}

/** Runs the measurement in a fresh process (see catch-up-child.ts for why). */
async function measure(url: string, events: number, rounds: number): Promise<ChildFigures> {
  const child = path.join(__dirname, 'support', 'catch-up-child.ts');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['-r', '@swc-node/register', child, url, String(events), String(rounds)],
    { cwd: path.join(__dirname, '..'), maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as ChildFigures;
}

/** The sizes up to the largest asked for: 100,000 and 1,000,000 events. */
function catchUpSizes(options: BenchOptions): number[] {
  if (options.quick) return [options.maxEvents];
  return [...new Set([100_000, options.maxEvents])]
    .filter((size) => size <= options.maxEvents)
    .sort((a, b) => a - b);
}

/** Seeds a scratch database with `size` events and measures readAll and the rebuild there. */
async function catchUpAt(options: BenchOptions, size: number, rounds: number) {
  const database = await openBenchDatabase('postgres', options.adminUrl);
  try {
    const store = new PostgresEventStore(database);
    const seeded = await seedStructure(store, size).finally(() => store.close());
    return { events: seeded.events, figures: await measure(database.url!, seeded.events, rounds) };
  } finally {
    await database.close();
  }
}

export async function catchUpBench(options: BenchOptions): Promise<Section> {
  const rounds = options.quick ? 1 : 2;
  const rows: string[][] = [];
  const summary: Record<string, number> = {};
  // The target is stated at the largest size: its figures are the summary's.
  for (const size of catchUpSizes(options)) {
    const { events: seededEvents, figures } = await catchUpAt(options, size, rounds);
    const readRate = median(figures.readRates);
    const rebuildRate = median(figures.rebuildRates);
    const peak = Math.max(...figures.rebuildPeaksMb);
    const events = seededEvents.toLocaleString('en');
    rows.push(
      [
        events,
        'readAll alone (limit)',
        round1(readRate),
        '',
        round1(Math.max(...figures.readPeaksMb)),
      ],
      [
        events,
        `rebuild of the 4 structure projections`,
        round1(rebuildRate),
        ratio(rebuildRate, readRate),
        round1(peak),
      ],
    );
    summary['catch-up: rebuild/readAll'] = rebuildRate / readRate;
    summary['catch-up: peak RSS MB'] = peak;
    summary['catch-up: RSS before MB'] = figures.rssBeforeMb;
  }
  return {
    title: 'Catch-up',
    intro:
      `A generated structure history (three organisations, then models of 10 groups with 20 ` +
      `seats each), appended through the store on PostgreSQL. Then, in a fresh process, ` +
      `${rounds} interleaved round(s) of: readAll alone in pages of ${BATCH}, and a rebuild of ` +
      `the four structure projections together (rebuildProjections: one reader, each page ` +
      `projected into all four builds). events/s = events in the store / wall time. Peak RSS is that ` +
      `process's, sampled every 20 ms (${round1(summary['catch-up: RSS before MB'] ?? NaN)} MB ` +
      `at its start).`,
    headers: ['events', 'what', 'events/s', 'rebuild/readAll', 'peak RSS MB'],
    rows,
    summary,
  };
}
