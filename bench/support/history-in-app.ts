import { PostgresEventStore, type Position } from '@app/event-store';
import { openDatabase } from '@app/platform';
import { waitForPosition } from '@app/projections';
import { structureProjections } from '@app/structure';
import type { BenchApp } from './app';
import { seedStructure } from './seed';

/**
 * Appends a generated structure history straight to the app's store (through a store of our
 * own on the same database: the HTTP path would only make seeding slower), then waits until the
 * app's projections have caught up with it.
 */
export async function seedApp(app: BenchApp, events: number): Promise<{ events: number }> {
  const database = await openDatabase({ kind: 'postgres', url: app.databaseUrl });
  const store = new PostgresEventStore(database);
  let seeded: { events: number; position: Position };
  try {
    seeded = await seedStructure(store, events);
    const caughtUp = await waitForPosition({
      db: database.db,
      names: structureProjections.map((projection) => projection.name),
      position: seeded.position,
      timeoutMs: 3_600_000,
      pollMs: 200,
    });
    if (!caughtUp.reached) throw new Error('the projections never caught up with the seed');
  } finally {
    await store.close();
    await database.close();
  }
  return { events: seeded.events };
}
