import fc from 'fast-check';
import { sql } from 'kysely';
import { activeSchemaOf } from '@app/projections';
import { structureProjections } from '@app/structure';
import { testDatabases } from '../../support/test-databases';
import { ProjectionHarness, Streams } from './projection-harness';
import { histories, type Append } from './random-histories';

/**
 * A batch is written set-based (every stream's recomputations planned in memory, then a few
 * statements per table), so its rows must be exactly those of applying the same events one at
 * a time: every version, with both its periods, whatever the batch size. Two tenants of one
 * database get the same history, one event per batch and in batches of a random size.
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 25);

const TABLES: Record<string, string[]> = {
  'structure-organisations': ['organisation_versions'],
  'structure-people': ['person_versions'],
  'structure-models': ['model_versions', 'model_participants'],
  'structure-groups': ['group_versions', 'membership_versions'],
};

for (const testDatabase of testDatabases) {
  describe(`batched bitemporal writes = one event at a time, on ${testDatabase.name}`, () => {
    let harness: ProjectionHarness;
    let run = 0;
    beforeAll(async () => {
      harness = await ProjectionHarness.open(testDatabase, structureProjections);
      await harness.reset();
    });
    afterAll(() => harness.close());

    it('writes the same version rows, both periods included, whatever the batch size', async () => {
      await fc.assert(
        fc.asyncProperty(histories, fc.integer({ min: 2, max: 60 }), async (appends, size) => {
          const single = `s${testDatabase.name}${run}`;
          const batched = `b${testDatabase.name}${run++}`;
          await harness.apply(eventsOf(appends, single), 1);
          await harness.apply(eventsOf(appends, batched), size);
          expect(await rowsOf(batched)).toEqual(await rowsOf(single));
        }),
        { numRuns: RUNS },
      );
    }, 600_000);

    async function rowsOf(tenant: string): Promise<Record<string, unknown[]>> {
      const rows: Record<string, unknown[]> = {};
      for (const [projection, tables] of Object.entries(TABLES)) {
        const schema = (await activeSchemaOf(harness.db, projection))!;
        for (const table of tables) {
          const { rows: found } = await sql<Record<string, unknown>>`
            select * from ${sql.table(`${schema}.${table}`)} where tenant = ${tenant}
          `.execute(harness.db);
          rows[table] = found
            .map(({ tenant: _tenant, ...row }) => JSON.stringify(row))
            .sort()
            .map((text) => JSON.parse(text) as unknown);
        }
      }
      return rows;
    }
  });
}

function eventsOf(appends: readonly Append[], tenant: string) {
  const streams = new Streams();
  for (const append of appends)
    streams.append(append.stream, append.recordedAt, append.events, tenant);
  return streams.events;
}
