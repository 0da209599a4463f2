import fc from 'fast-check';
import {
  InvalidAppendError,
  WrongExpectedRevisionError,
  verifyChains,
  type AppendResult,
  type ExpectedRevision,
  type NewEvent,
} from '@app/event-store';
import { event, newTenant, untilVisible, type FixtureRef } from './fixtures';

type Mode = 'any' | 'no-stream' | 'stream-exists' | 'exact';

interface Step {
  stream: number;
  mode: Mode;
  /** For exact: how far the expectation is off the true last revision (0 = right). */
  offset: number;
  data: unknown[];
}

const step: fc.Arbitrary<Step> = fc.record({
  stream: fc.nat(2),
  mode: fc.constantFrom<Mode>('any', 'no-stream', 'stream-exists', 'exact'),
  offset: fc.constantFrom(0, 0, -1, 1),
  data: fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 1, maxLength: 3 }),
});

function expectation(mode: Mode, last: number, offset: number): ExpectedRevision {
  return mode === 'exact' ? { kind: 'exact', revision: BigInt(last + offset) } : { kind: mode };
}

function accepts(expected: ExpectedRevision, last: number): boolean {
  if (expected.kind === 'exact') return expected.revision === BigInt(last);
  if (expected.kind === 'no-stream') return last === -1;
  return expected.kind === 'any' || last >= 0;
}

/** What a JSON round trip makes of a value (-0 becomes 0, for one). */
const asStored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

export function propertyCases(fixture: FixtureRef): void {
  describe('properties', () => {
    it('behaves like a list per stream under any sequence of appends, including repeats', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
          const { store } = fixture();
          const tenant = newTenant();
          const model: NewEvent[][] = [[], [], []];
          let latest = 0n;
          let previous:
            | {
                stream: number;
                batch: NewEvent[];
                expected: ExpectedRevision;
                result: AppendResult;
              }
            | undefined;
          for (const { stream, mode, offset, data } of steps) {
            const last = model[stream].length - 1;
            const expected = expectation(mode, last, offset);
            const batch = data.map((d) => event('Happened', d));
            const attempt = store.append(tenant, `s${stream}`, batch, expected);
            if (expected.kind === 'exact' && expected.revision < 0n) {
              await expect(attempt).rejects.toBeInstanceOf(InvalidAppendError);
            } else if (accepts(expected, last)) {
              const result = await attempt;
              if (result.position > latest) latest = result.position;
              model[stream].push(...batch);
              expect(result.revision).toBe(BigInt(model[stream].length - 1));
              previous = { stream, batch, expected, result };
            } else {
              const error = await attempt.then(
                () => undefined,
                (e: unknown) => e,
              );
              expect(error).toBeInstanceOf(WrongExpectedRevisionError);
              expect(error).toMatchObject({ expected, actual: last === -1 ? null : BigInt(last) });
            }
          }
          // A repeat of a successful append answers its original result even after its stream
          // moved on, because it carries the same expectation; the model shows nothing is added.
          if (previous) {
            const { stream, batch, expected, result } = previous;
            expect(await store.append(tenant, `s${stream}`, batch, expected)).toEqual(result);
          }
          for (const [index, expectedEvents] of model.entries()) {
            const forwards = await store.readStream(tenant, `s${index}`);
            expect(forwards.map((e) => e.revision)).toEqual(
              expectedEvents.map((_, i) => BigInt(i)),
            );
            expect(forwards.map((e) => e.id)).toEqual(expectedEvents.map((e) => e.id));
            expect(forwards.map((e) => e.data)).toEqual(
              expectedEvents.map((e) => asStored(e.data)),
            );
            const backwards = await store.readStream(tenant, `s${index}`, {
              direction: 'backwards',
            });
            expect(backwards).toEqual([...forwards].reverse());
          }
          // Hashes are taken before the data is stored and recomputed from what is read back.
          await untilVisible(store, latest);
          expect(await verifyChains(store, { tenant })).toMatchObject({ ok: true });
        }),
        { numRuns: 25 },
      );
    });
  });
}
