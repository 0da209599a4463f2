/**
 * The measuring half of the catch-up suite, in a process of its own so that its peak RSS is the
 * catch-up's alone (seeding in the same process left ~500 MB of heap behind at 100,000 events).
 * argv: database URL, events in the store, rounds, and `package` to time only the audit package
 * (after a run without it, or one with `package-setup`, has built the tree and signed a
 * checkpoint): its own process, so that its peak RSS is its own.
 * Prints one JSON line.
 */
import { PostgresEventStore, START, type EventStore } from '@app/event-store';
import { openDatabase, type SqlDatabase } from '@app/platform';
import { transparencyLogProjection } from '@app/audit';
import { rebuildProjections, type Projection } from '@app/projections';
import { structureProjections } from '@app/structure';
import { READ_MODELS } from '../../apps/read-models';
import { benchSigner, checkpointService, packageOfToday, verifyAll } from './audit-contenders';
import { TENANT } from './events';
import { CATCH_UP_BATCH } from './options';
import {
  ALL_BUT_THE_TREE,
  STRUCTURE_AND_MEETINGS,
  STRUCTURE_MEETINGS_AND_TREE,
} from './rebuild-sets';
import { now, withPeakRss } from './stats';

const BATCH = CATCH_UP_BATCH;

/** The limit for projecting: every event read, page by page, and dropped. */
async function readAllOnly(store: EventStore): Promise<number> {
  let from = START;
  let read = 0;
  for (;;) {
    const page = await store.readAll(from, BATCH);
    if (page.length === 0) return read;
    read += page.length;
    from = page[page.length - 1].position;
  }
}

/**
 * A set of read models rebuilt together: one reader, each page projected into every build of
 * the set (rebuildProjections), so the store is read once, not once per projection.
 */
async function rebuildSet(database: SqlDatabase, store: EventStore, set: readonly Projection[]) {
  await rebuildProjections({ database, store }, set, { batchSize: BATCH, dropGraceMs: 0 });
}

async function main(): Promise<void> {
  const [url, eventsArg, roundsArg, packageArg] = process.argv.slice(2);
  const events = Number(eventsArg);
  const database = await openDatabase({ kind: 'postgres', url });
  const store = new PostgresEventStore(database);
  const figures = {
    rssBeforeMb: process.memoryUsage().rss / 1024 / 1024,
    readRates: [] as number[],
    rebuildRates: [] as number[],
    readPeaksMb: [] as number[],
    rebuildPeaksMb: [] as number[],
    rebuildAllRates: [] as number[],
    rebuildAllPeaksMb: [] as number[],
    rebuildButTreeRates: [] as number[],
    structureMeetingsRates: [] as number[],
    structureMeetingsTreeRates: [] as number[],
    verifyRates: [] as number[],
    verifyPeaksMb: [] as number[],
    package: [] as { seconds: number; bytes: number; rssBeforeMb: number; peakMb: number }[],
  };
  const signer = benchSigner();
  const checkpoints = checkpointService(database, signer);
  try {
    if (packageArg === 'package-setup') {
      // A store nothing was measured on yet (the package's smaller size): its tree and a first
      // checkpoint, in a process of their own so that the package's RSS is the package's alone.
      await rebuildProjections({ database, store }, [transparencyLogProjection], {
        dropGraceMs: 0,
      });
      await checkpoints.issue(TENANT);
    }
    const rounds = packageArg === 'package-setup' ? 0 : Number(roundsArg);
    for (let round = 0; round < rounds; round++) {
      let t0 = now();
      if (packageArg === 'package') {
        const rssBeforeMb = process.memoryUsage().rss / 1024 / 1024;
        const written = await withPeakRss(() => packageOfToday(store, checkpoints));
        const seconds = (now() - t0) / 1000;
        figures.package.push({ seconds, bytes: written.result, rssBeforeMb, peakMb: written.peakMb }); // prettier-ignore
        continue;
      }
      const read = await withPeakRss(() => readAllOnly(store));
      figures.readRates.push(read.result / ((now() - t0) / 1000));
      figures.readPeaksMb.push(read.peakMb);
      t0 = now();
      const rebuilt = await withPeakRss(() => rebuildSet(database, store, structureProjections));
      figures.rebuildRates.push(events / ((now() - t0) / 1000));
      figures.rebuildPeaksMb.push(rebuilt.peakMb);
      t0 = now();
      const all = await withPeakRss(() => rebuildSet(database, store, READ_MODELS));
      figures.rebuildAllRates.push(events / ((now() - t0) / 1000));
      figures.rebuildAllPeaksMb.push(all.peakMb);
      if (round === 0) await checkpoints.issue(TENANT);
      t0 = now();
      await rebuildSet(database, store, ALL_BUT_THE_TREE);
      figures.rebuildButTreeRates.push(events / ((now() - t0) / 1000));
      t0 = now();
      await rebuildSet(database, store, STRUCTURE_AND_MEETINGS);
      figures.structureMeetingsRates.push(events / ((now() - t0) / 1000));
      t0 = now();
      await rebuildSet(database, store, STRUCTURE_MEETINGS_AND_TREE);
      figures.structureMeetingsTreeRates.push(events / ((now() - t0) / 1000));
      t0 = now();
      const verified = await withPeakRss(() => verifyAll(store, checkpoints, signer));
      figures.verifyRates.push(verified.result / ((now() - t0) / 1000));
      figures.verifyPeaksMb.push(verified.peakMb);
    }
  } finally {
    await store.close();
    await database.close();
  }
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
