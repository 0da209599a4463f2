import { sql } from 'kysely';
import { auditProjections, trailPageOf, type TrailQuery } from '@app/audit';
import { createBuild } from '@app/projections';
import { openBenchDatabase, type BenchDatabase } from './support/databases';
import type { BenchOptions } from './support/options';
import type { Section } from './support/report';
import { now, percentile, ratio, round1 } from './support/stats';

const TENANT = '0192';
const ACTORS = 50;
const EVENTS_PER_ENTITY = 10;

/** The filtered pages the issue names, plus the unfiltered newest page and a page deep in the trail. */
function reads(events: number): Record<string, TrailQuery> {
  const middle = String(Math.floor(events / 2));
  return {
    'by actor': { filter: { actorId: 'actor-7' }, order: 'asc', limit: 50 },
    'by entity': { filter: { entityId: `g-${Math.floor(events / 20)}` }, order: 'asc', limit: 50 },
    'recorded late (> 365 days)': { filter: { lateByMoreThan: 365 }, order: 'desc', limit: 50 },
    'by organisation, newest first': {
      filter: { organisationId: 'org-sof' },
      order: 'desc',
      limit: 50,
    },
    'everything, page after the middle': { filter: {}, order: 'asc', limit: 50, after: middle },
  };
}

/**
 * Fills the trail's read model with `events` rows straight in SQL (the projection's own tables
 * and indexes, made by its setup): the query is what is measured here; the projection's writing
 * is the catch-up suite's business. 50 actors, streams of 10 events, every 20th event recorded
 * on behalf of SOF, one in 20 recorded more than a year late, each naming one of 3 organisations.
 */
async function seedTrail(database: BenchDatabase, events: number): Promise<void> {
  const projection = auditProjections[0];
  const build = await createBuild(database.db, projection, { active: true });
  const schema = sql.id(build.schema);
  await sql`
    insert into ${schema}.audit_events
    select ${TENANT}, i, 'e-' || i, 'group-g-' || (i / ${EVENTS_PER_ENTITY}), i % ${EVENTS_PER_ENTITY},
      (array['GroupFormed','MemberAdded','MemberRoleChanged','MembershipEnded'])[1 + i % 4], 1,
      'group', 'g-' || (i / ${EVENTS_PER_ENTITY}), 'actor-' || (i % ${ACTORS}), 'secretary', 'NAF',
      case when i % 20 = 0 then 'org-sof' end, 'Beslut i samordningsgruppen', 'c-' || i, null,
      to_char(date '2020-01-01' + (i % 1800), 'YYYY-MM-DD'),
      timestamptz '2020-01-01' + i * interval '1 minute',
      case when i % 20 = 7 then 400 else 0 end,
      '{"groupId":"g","role":"member"}', md5(i::text)
    from generate_series(1, ${events}::int) i`.execute(database.db);
  await sql`
    insert into ${schema}.audit_event_organisations
    select ${TENANT}, (array['org-naf','org-buf','org-sof'])[1 + i % 3], i
    from generate_series(1, ${events}::int) i`.execute(database.db);
  await sql`analyze ${schema}.audit_events`.execute(database.db);
  await sql`analyze ${schema}.audit_event_organisations`.execute(database.db);
}

export function trailSizes(options: BenchOptions): number[] {
  if (options.quick) return [500, options.maxEvents];
  return [10_000, 100_000, 1_000_000];
}

export async function auditTrailBench(options: BenchOptions): Promise<Section> {
  const requests = options.quick ? 10 : 300;
  const sizes = trailSizes(options);
  const databases: BenchDatabase[] = [];
  const rows: string[][] = [];
  const summary: Record<string, number> = {};
  try {
    for (const size of sizes) {
      const database = await openBenchDatabase('postgres', options.adminUrl);
      databases.push(database);
      const t0 = now();
      await seedTrail(database, size);
      console.log(
        `seeded ${size.toLocaleString('en')} trail rows in ${round1((now() - t0) / 1000)} s`,
      );
    }
    const names = Object.keys(reads(sizes[0]));
    const samples = names.map(() => sizes.map(() => [] as number[]));
    const page = async (database: BenchDatabase, query: TrailQuery) => {
      const t0 = now();
      const result = await trailPageOf(database.db, TENANT, query);
      if (result.entries.length === 0) throw new Error(`an empty page: ${JSON.stringify(query)}`);
      return now() - t0;
    };
    // Warm-up, then interleaved over reads and sizes so that noise falls on all alike.
    for (const [index, database] of databases.entries()) {
      for (const query of Object.values(reads(sizes[index]))) await page(database, query);
    }
    for (let i = 0; i < requests; i++) {
      for (const [index, database] of databases.entries()) {
        const queries = Object.values(reads(sizes[index]));
        for (const [read, query] of queries.entries()) {
          samples[read][index].push(await page(database, query));
        }
      }
    }
    for (const [read, name] of names.entries()) {
      const p50s = samples[read].map((sample) => percentile(sample, 50));
      sizes.forEach((size, index) => {
        rows.push([
          name,
          size.toLocaleString('en'),
          round1(p50s[index]),
          round1(percentile(samples[read][index], 99)),
          ratio(p50s[index], p50s[0]),
        ]);
      });
      summary[`audit trail: ${name} p50 ms`] = p50s[p50s.length - 1];
      summary[`audit trail: ${name} largest/smallest`] = p50s[p50s.length - 1] / p50s[0];
    }
  } finally {
    for (const database of databases) await database.close();
  }
  return {
    title: 'Audit trail',
    intro:
      `One page (50 events) of GET /audit/events as its handler reads it (the query and the ` +
      `view, without HTTP), on PostgreSQL, each size on its own scratch database whose trail ` +
      `read model is filled in SQL (50 actors, streams of 10 events, 1 in 20 on behalf of SOF, ` +
      `1 in 20 recorded over a year late). ${requests} sequential pages per read and size, ` +
      `interleaved.`,
    headers: ['page', 'events in trail', 'p50 ms', 'p99 ms', 'p50 / smallest'],
    rows,
    summary,
  };
}
