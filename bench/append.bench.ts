import { emmett, insertLimit, ours, type AppendContender } from './support/append-contenders';
import type { BenchOptions } from './support/options';
import { median, now, percentile, ratio, round1 } from './support/stats';
import type { Section } from './support/report';

const STREAMS = 1_000;

interface RoundFigures {
  eventsPerSecond: number;
  p50: number;
  p99: number;
}

/**
 * `writers` concurrent writers, each owning the streams s ≡ w (mod writers) so that no two race
 * for a revision (a conflict would measure the retry, not the append), appending in turn to
 * each of its streams until `appends` appends are done between them.
 */
async function runRound(
  contender: AppendContender,
  writers: number,
  appends: number,
  batch: number,
): Promise<RoundFigures> {
  const latencies: number[] = [];
  const perWriter = Math.ceil(appends / writers);
  const started = now();
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      const owned = Math.ceil((STREAMS - writer) / writers);
      for (let i = 0; i < perWriter; i++) {
        const stream = writer + (i % owned) * writers;
        const t0 = now();
        await contender.append(stream, batch);
        latencies.push(now() - t0);
      }
    }),
  );
  const seconds = (now() - started) / 1000;
  return {
    eventsPerSecond: (perWriter * writers * batch) / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

interface Scenario {
  label: string;
  writers: number;
  batch: number;
  appends: number;
}

export async function appendBench(options: BenchOptions): Promise<Section> {
  const rounds = options.quick ? 1 : 5;
  const scenarios: Scenario[] = [
    { label: '1 writer, 1 event', writers: 1, batch: 1, appends: options.quick ? 50 : 2_000 },
    { label: '8 writers, 1 event', writers: 8, batch: 1, appends: options.quick ? 80 : 4_000 },
    { label: '1 writer, 100 events', writers: 1, batch: 100, appends: options.quick ? 5 : 100 },
    { label: '8 writers, 100 events', writers: 8, batch: 100, appends: options.quick ? 8 : 200 },
  ];
  const contenders = [
    await ours('postgres', options.adminUrl),
    await emmett(options.adminUrl),
    await insertLimit(options.adminUrl),
    // Not a contender: the limit plus the notification our append sends, to see what it costs.
    await insertLimit(options.adminUrl, { notify: true }),
    await ours('pglite', options.adminUrl),
  ];
  const rows: string[][] = [];
  const summary: Record<string, number> = {};
  try {
    for (const scenario of scenarios) {
      const figures = new Map<string, RoundFigures[]>();
      // Interleaved: each round runs every contender once, in turn, so drift hits all alike.
      for (let round = 0; round < rounds; round++) {
        for (const contender of contenders) {
          // PGlite is one connection in this process: concurrent writers only queue there.
          if (contender.name.includes('PGlite') && scenario.writers > 1) continue;
          const result = await runRound(
            contender,
            scenario.writers,
            scenario.appends,
            scenario.batch,
          );
          figures.set(contender.name, [...(figures.get(contender.name) ?? []), result]);
        }
      }
      const rate = (name: string) =>
        median((figures.get(name) ?? []).map((f) => f.eventsPerSecond));
      for (const [name, results] of figures) {
        rows.push([
          scenario.label,
          name,
          round1(rate(name)),
          round1(median(results.map((f) => f.p50))),
          round1(median(results.map((f) => f.p99))),
          name === 'ours' ? ratio(rate('ours'), rate('Emmett')) : '',
          name === 'ours' ? ratio(rate('ours'), rate('INSERT limit')) : '',
        ]);
      }
      summary[`${scenario.label}: ours/Emmett`] = rate('ours') / rate('Emmett');
      summary[`${scenario.label}: ours/limit`] = rate('ours') / rate('INSERT limit');
    }
  } finally {
    for (const contender of contenders) await contender.close();
  }
  return {
    title: 'Append',
    intro:
      `${STREAMS} streams, ~1 KB MemberAdded-like payloads, exact expected revision on every ` +
      `append; ${rounds} interleaved round(s) per scenario, medians of the rounds. Each contender ` +
      `has a scratch database of its own on the same server.`,
    headers: ['scenario', 'contender', 'events/s', 'p50 ms', 'p99 ms', 'ours/Emmett', 'ours/limit'],
    rows,
    summary,
  };
}
