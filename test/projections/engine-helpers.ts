import type { Kysely } from 'kysely';
import type { Position } from '@app/event-store';
import type { Database } from '@app/platform';
import { listBuilds, waitForPosition, type Build } from '@app/projections';

/** Waits until the projection's active build has passed `position`; fails the test if it never does. */
export async function caughtUp(
  db: Kysely<Database>,
  name: string,
  position: Position,
  timeoutMs = 20_000,
) {
  const result = await waitForPosition({ db, names: [name], position, timeoutMs, pollMs: 20 });
  if (!result.reached) {
    throw new Error(
      `${name} did not reach ${position}: ${JSON.stringify(await listBuilds(db, name), bigints)}`,
    );
  }
}

/** Polls the registry until a build of the projection satisfies `check`. */
export async function buildWhere(
  db: Kysely<Database>,
  name: string,
  check: (build: Build) => boolean,
  timeoutMs = 20_000,
): Promise<Build> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const builds = await listBuilds(db, name);
    const found = builds.find(check);
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(`no build of ${name} as expected: ${JSON.stringify(builds, bigints)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const bigints = (_key: string, value: unknown) =>
  typeof value === 'bigint' ? value.toString() : value;

/**
 * Waits (at most 5 s) until `prepared` holds `key`, and says whether it came: called inside a
 * batch's transaction, it shows whether the next batch is prepared while this one is written.
 */
export async function preparedMeanwhile(prepared: ReadonlySet<bigint>, key: bigint) {
  for (let waited = 0; !prepared.has(key) && waited < 5_000; waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return prepared.has(key);
}
