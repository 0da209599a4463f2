import fc from 'fast-check';
import {
  findGroup,
  findModel,
  findOrganisation,
  participantsOn,
  seatsOn,
  structureProjections,
  type TimeSlice,
} from '@app/structure';
import { testDatabases } from '../../support/test-databases';
import { ProjectionHarness, Streams } from './projection-harness';
import { DATES, histories, type Append } from './random-histories';
import { expectedGroup, expectedModel, expectedOrganisation, sortBy } from './reference-fold';

/**
 * Projection = replay: for random valid histories, every time slice the read models answer
 * (as of D, known at T) equals a replay of the events recorded by T, dated by D. Each run
 * writes under a tenant of its own, so runs share one database without resetting it.
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 25);

const slices = fc.array(
  fc.record({
    date: fc.integer({ min: -1, max: DATES.length - 1 }),
    dayAfter: fc.boolean(),
    record: fc.option(fc.nat()),
    justBefore: fc.boolean(),
  }),
  { minLength: 4, maxLength: 8 },
);

type SliceSpec = typeof slices extends fc.Arbitrary<(infer T)[]> ? T : never;

function sliceOf(spec: SliceSpec, appends: readonly Append[]): TimeSlice {
  const day = spec.date < 0 ? '2019-12-31' : DATES[spec.date];
  const asOf = spec.dayAfter ? nextDay(day) : day;
  if (spec.record === null || appends.length === 0) return { asOf, knownAt: null };
  // At an append's own record time (it is known then), or a millisecond before (it is not).
  const at =
    Date.parse(appends[spec.record % appends.length].recordedAt) - (spec.justBefore ? 1 : 0);
  return { asOf, knownAt: new Date(at).toISOString() };
}

for (const testDatabase of testDatabases) {
  describe(`bitemporal read models = replay, on ${testDatabase.name}`, () => {
    let harness: ProjectionHarness;
    let run = 0;
    beforeAll(async () => {
      harness = await ProjectionHarness.open(testDatabase, structureProjections);
      await harness.reset();
    });
    afterAll(() => harness.close());

    it('answers every slice as replay does, however the events are batched and repeated', async () => {
      await fc.assert(
        fc.asyncProperty(
          histories,
          slices,
          fc.integer({ min: 1, max: 12 }),
          fc.nat(),
          async (appends, wanted, batchSize, repeat) => {
            const tenant = `r${testDatabase.name}${run++}`;
            const streams = new Streams();
            for (const append of appends)
              streams.append(append.stream, append.recordedAt, append.events, tenant);
            await harness.apply(streams.events, batchSize);
            // A prefix again, as a runner retrying a batch would: it must change nothing.
            await harness.apply(
              streams.events.slice(0, repeat % (streams.events.length + 1)),
              batchSize,
            );
            for (const spec of wanted) {
              const slice = sliceOf(spec, appends);
              const context = { slice, appends };
              expect({ ...context, answer: await groupAnswer(tenant, 'g-0', slice) }).toEqual({
                ...context,
                answer: expectedGroup(appends, 'g-0', slice),
              });
              expect({ ...context, answer: await groupAnswer(tenant, 'g-1', slice) }).toEqual({
                ...context,
                answer: expectedGroup(appends, 'g-1', slice),
              });
              expect({ ...context, answer: await modelAnswer(tenant, slice) }).toEqual({
                ...context,
                answer: expectedModel(appends, 'm-0', slice),
              });
              expect({ ...context, answer: await organisationAnswer(tenant, slice) }).toEqual({
                ...context,
                answer: expectedOrganisation(appends, 'o-0', slice),
              });
            }
          },
        ),
        { numRuns: RUNS },
      );
    }, 600_000);

    async function groupAnswer(tenant: string, groupId: string, slice: TimeSlice) {
      const group = await findGroup(harness.db, tenant, groupId, slice);
      const seats = await seatsOn(harness.db, tenant, slice, { groupIds: [groupId] });
      return {
        group: group && {
          status: group.status,
          modelId: group.modelId,
          name: group.name,
          parentId: group.parentId,
          mandate: group.mandate,
          records: group.records,
          formedOn: group.formedOn,
          endedOn: group.endedOn,
          mergedInto: group.mergedInto,
        },
        members: sortBy(
          seats.map(({ membershipId, personId, organisationId, role, from, to }) => ({
            membershipId,
            personId,
            organisationId,
            role,
            from,
            to,
          })),
          (member) => member.membershipId,
        ),
      };
    }

    async function modelAnswer(tenant: string, slice: TimeSlice) {
      const model = await findModel(harness.db, tenant, 'm-0', slice);
      const participants = await participantsOn(harness.db, tenant, 'm-0', slice);
      return {
        model: model && {
          name: model.name,
          purpose: model.purpose,
          principles: model.principles,
          status: model.status,
          establishedOn: model.establishedOn,
          amendedOn: model.amendedOn,
          endedOn: model.endedOn,
          successorId: model.successorId,
        },
        participants: sortBy(
          participants.map(({ organisationId, from, to }) => ({ organisationId, from, to })),
          (participant) => participant.organisationId,
        ),
      };
    }

    async function organisationAnswer(tenant: string, slice: TimeSlice) {
      const organisation = await findOrganisation(harness.db, tenant, 'o-0', slice);
      return (
        organisation && {
          name: organisation.name,
          shortName: organisation.shortName,
          status: organisation.status,
          dissolvedOn: organisation.dissolvedOn,
        }
      );
    }
  });
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
