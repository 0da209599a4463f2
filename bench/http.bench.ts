import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { startBenchApp, type BenchApp } from './support/app';
import type { BenchOptions } from './support/options';
import type { Section } from './support/report';
import { median, now, percentile, round1 } from './support/stats';

const API = '/api/v1';

/** A command that starts a stream of its own, so that concurrent clients never conflict. */
const registerBody = () =>
  JSON.stringify({
    kind: 'administration',
    name: `Förvaltning ${randomUUID().slice(0, 8)}`,
    shortName: null,
    parentId: null,
    establishedOn: '2024-01-01',
  });

interface LoadFigures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function commandLoad(app: BenchApp, connections: number, seconds: number) {
  const result = await autocannon({
    url: `${app.url}${API}/organisations`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        // Fresh body and key per request: a repeated key would answer the first result unwritten.
        setupRequest: (request) => ({
          ...request,
          headers: {
            'content-type': 'application/json',
            'idempotency-key': randomUUID(),
          },
          body: registerBody(),
        }),
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  } satisfies LoadFigures;
}

/** Write, then read the written thing with consistentWith: the read waits for the projection. */
async function readYourWrites(app: BenchApp, clients: number, pairs: number) {
  const writes: number[] = [];
  const reads: number[] = [];
  const started = now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = 0; i < Math.ceil(pairs / clients); i++) {
        const body = registerBody();
        let t0 = now();
        const written = await fetch(`${app.url}${API}/organisations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body,
        });
        const answer = (await written.json()) as { id: string; position: string };
        writes.push(now() - t0);
        if (written.status !== 201) throw new Error(`POST: ${written.status}`);
        t0 = now();
        const read = await fetch(
          `${app.url}${API}/organisations/${answer.id}?consistentWith=${answer.position}`,
        );
        const organisation = (await read.json()) as { name?: string };
        reads.push(now() - t0);
        if (read.status !== 200 || organisation.name !== JSON.parse(body).name)
          throw new Error(`read after write: ${read.status} ${JSON.stringify(organisation)}`);
      }
    }),
  );
  return { pairsPerSecond: writes.length / ((now() - started) / 1000), writes, reads };
}

export async function httpBench(options: BenchOptions): Promise<Section> {
  const rounds = options.quick ? 1 : 3;
  const seconds = options.quick ? 1 : 8;
  const pairs = options.quick ? 16 : 400;
  const app = await startBenchApp(options.adminUrl);
  const rows: string[][] = [];
  try {
    const load = new Map<number, LoadFigures[]>();
    const ryw = new Map<number, Awaited<ReturnType<typeof readYourWrites>>[]>();
    // Rounds interleave the two concurrencies, so that drift in the machine hits both alike.
    for (let round = 0; round < rounds; round++) {
      for (const connections of [1, 16]) {
        load.set(connections, [
          ...(load.get(connections) ?? []),
          await commandLoad(app, connections, seconds),
        ]);
        // One untimed pair first: its read waits out the projection backlog autocannon left.
        await readYourWrites(app, 1, 1);
        ryw.set(connections, [
          ...(ryw.get(connections) ?? []),
          await readYourWrites(app, connections, pairs),
        ]);
      }
    }
    for (const connections of [1, 16]) {
      const figures = load.get(connections)!;
      rows.push([
        'POST /organisations (autocannon)',
        String(connections),
        round1(median(figures.map((f) => f.rps))),
        round1(median(figures.map((f) => f.p50))),
        round1(median(figures.map((f) => f.p99))),
        String(figures.reduce((sum, f) => sum + f.errors, 0)),
      ]);
    }
    for (const connections of [1, 16]) {
      const results = ryw.get(connections)!;
      const writes = results.flatMap((r) => r.writes);
      const reads = results.flatMap((r) => r.reads);
      const rate = round1(median(results.map((r) => r.pairsPerSecond)));
      rows.push(
        [
          'POST, then (in the pair) …',
          String(connections),
          rate,
          round1(percentile(writes, 50)),
          round1(percentile(writes, 99)),
          '0',
        ],
        [
          '… GET /organisations/{id}?consistentWith=',
          String(connections),
          rate,
          round1(percentile(reads, 50)),
          round1(percentile(reads, 99)),
          '0',
        ],
      );
    }
  } finally {
    await app.close();
  }
  return {
    title: 'HTTP',
    intro:
      `The real API in this process (validation, decide, append, answer; projections running), ` +
      `on PostgreSQL. Command: register an organisation (a new stream each, so no conflicts), ` +
      `autocannon for ${seconds} s per round; then pairs of the same command and a read of its ` +
      `result with consistentWith (the read waits until the projection has the write), by ` +
      `fetch; ${rounds} round(s), 1 and 16 clients interleaved. The load generator shares the ` +
      `process and the 2 cores with the app and PostgreSQL, so these are a floor. For pairs, ` +
      `req/s counts pairs.`,
    headers: ['request', 'clients', 'req/s', 'p50 ms', 'p99 ms', 'errors'],
    rows,
    summary: {},
  };
}
