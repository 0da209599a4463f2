import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import {
  CompactRange,
  inclusionProof,
  rootAt,
  transparencyLogProjection,
  type AuditLogDb,
} from '@app/audit';
import { createBuild } from '@app/projections';
import { openBenchDatabase, type BenchDatabase } from './support/databases';
import type { BenchOptions } from './support/options';
import type { Section } from './support/report';
import { now, percentile, ratio, round1 } from './support/stats';

const TENANT = '0192';
const PAGE = 10_000;

/**
 * Fills the tree's read model with `leaves` leaves as the projection writes them (its own
 * tables, made by its setup; each row the leaf's hash and the subtrees it closes), computed in
 * Node: the proof's read path is what is measured here, the projection's writing is catch-up's.
 */
async function seedTree(database: BenchDatabase, leaves: number): Promise<Kysely<AuditLogDb>> {
  const build = await createBuild(database.db, transparencyLogProjection, { active: true });
  const log = (database.db as unknown as Kysely<AuditLogDb>).withSchema(build.schema);
  const schema = sql.id(build.schema);
  const tree = CompactRange.empty();
  for (let start = 0; start < leaves; start += PAGE) {
    const count = Math.min(PAGE, leaves - start);
    const hashes: string[] = [];
    for (let i = 0; i < count; i++) {
      const entry = createHash('sha256')
        .update(`event ${start + i}`)
        .digest('hex');
      hashes.push(tree.append(entry).join(''));
    }
    await sql`
      insert into ${schema}.audit_leaves (tenant, leaf_index, event_id, position, recorded_at, hashes)
      select ${TENANT}, ${start} + n - 1, gen_random_uuid(), ${start} + n, now(), decode(h, 'hex')
        from unnest(${hashes}::text[]) with ordinality as t(h, n)`.execute(database.db);
  }
  await sql`insert into ${schema}.audit_trees values (${TENANT}, ${leaves}, ${tree.root()})`.execute(
    database.db,
  );
  await sql`analyze ${schema}.audit_leaves`.execute(database.db);
  return log;
}

export function treeSizes(options: BenchOptions): number[] {
  if (options.quick) return [500, options.maxEvents];
  return [10_000, 100_000, 1_000_000];
}

export async function transparencyLogBench(options: BenchOptions): Promise<Section> {
  const requests = options.quick ? 20 : 1000;
  const sizes = treeSizes(options);
  const databases: BenchDatabase[] = [];
  const logs: Kysely<AuditLogDb>[] = [];
  const rows: string[][] = [];
  const summary: Record<string, number> = {};
  try {
    for (const size of sizes) {
      const database = await openBenchDatabase('postgres', options.adminUrl);
      databases.push(database);
      const t0 = now();
      logs.push(await seedTree(database, size));
      console.log(`seeded a tree of ${size.toLocaleString('en')} leaves in ${round1((now() - t0) / 1000)} s`); // prettier-ignore
    }
    const samples = sizes.map(() => [] as number[]);
    const prove = async (index: number) => {
      const size = sizes[index];
      const leaf = Math.floor(Math.random() * size);
      const t0 = now();
      await inclusionProof(logs[index], TENANT, leaf, size);
      return now() - t0;
    };
    for (const index of sizes.keys()) await rootAt(logs[index], TENANT, sizes[index]);
    // Interleaved over sizes so that noise falls on all alike.
    for (let i = 0; i < requests; i++) {
      for (const index of sizes.keys()) samples[index].push(await prove(index));
    }
    const p50s = samples.map((sample) => percentile(sample, 50));
    sizes.forEach((size, index) => {
      rows.push([
        size.toLocaleString('en'),
        round1(p50s[index]),
        round1(percentile(samples[index], 99)),
        ratio(p50s[index], p50s[0]),
      ]);
    });
    summary['inclusion proof p50 ms'] = p50s[p50s.length - 1];
    summary['inclusion proof largest/smallest'] = p50s[p50s.length - 1] / p50s[0];
  } finally {
    for (const database of databases) await database.close();
  }
  return {
    title: 'Transparency log: inclusion proofs',
    intro:
      `An inclusion proof (RFC 9162 audit path) of a random leaf as GET /audit/proofs/inclusion ` +
      `computes it (one query for the O(log n) rows that hold the path's nodes, then the hashes; ` +
      `without HTTP), on PostgreSQL, each size on its own scratch database whose tree read model ` +
      `is filled in SQL. ${requests} sequential proofs per size, interleaved.`,
    headers: ['leaves', 'p50 ms', 'p99 ms', 'p50 / smallest'],
    rows,
    summary,
  };
}
