import type { Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { createBuild } from './blue-green';
import { listBuilds, type Build } from './checkpoint-store';
import type { Projection } from './projection';
import type { EngineLogger } from './wake-ups';

export type Target =
  { kind: 'run'; build: Build; switchWhenCaughtUp: boolean } | { kind: 'idle'; reason: string };

/**
 * Which build a runner with this code projects: the active build when it has the code's version;
 * a first build when there is none; the code's newer version beside the active one (switched to
 * once caught up). An older code version leaves a newer active build alone, so that a process
 * left over from a rolling deploy never builds the old version back.
 */
export async function resolveTarget(
  db: Kysely<Database>,
  projection: Projection,
  logger: EngineLogger,
): Promise<Target> {
  const { name, version } = projection;
  const builds = await listBuilds(db, name);
  const active = builds.find((build) => build.active);
  if (!active) {
    const build = await createBuild(db, projection, { active: true });
    logger.log(`${name}: created build ${build.build} (version ${version})`);
    return { kind: 'run', build, switchWhenCaughtUp: false };
  }
  if (active.version === version) return { kind: 'run', build: active, switchWhenCaughtUp: false };
  if (active.version > version) {
    return {
      kind: 'idle',
      reason: `version ${active.version} is active and this process has version ${version}: not projecting`,
    };
  }
  let next = builds.find((build) => !build.active && build.version === version);
  if (!next) {
    next = await createBuild(db, projection, { active: false });
    logger.log(
      `${name}: building version ${version} (build ${next.build}) beside version ${active.version}`,
    );
  }
  return { kind: 'run', build: next, switchWhenCaughtUp: true };
}
