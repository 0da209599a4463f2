import type { FingerprintedVersion } from './recompute';
import type { Version } from './timeline';

/** A stream's current (not superseded) version row, as stored before the batch. */
export interface StoredVersion {
  fingerprint: string;
  recordedMs: number;
}

/** One recomputation of a stream's versions, learnt at one instant of record time. */
export interface VersionStep {
  tenant: string;
  scope: string;
  at: string;
  atMs: number;
  versions: readonly FingerprintedVersion[];
}

export interface VersionKey {
  tenant: string;
  scope: string;
  fingerprint: string;
}

export interface NewVersion extends VersionKey {
  version: Version;
  recordedFrom: string;
  recordedTo: string | null;
}

/** What a batch does to one table: whole statements' worth of rows, not one stream's. */
export interface VersionChanges {
  /** Stored current rows that came and went within one instant: never visible, removed. */
  deleted: VersionKey[];
  /** Stored current rows superseded at `at`. */
  closed: (VersionKey & { at: string })[];
  inserted: NewVersion[];
}

interface Added extends NewVersion {
  recordedFromMs: number;
  dropped: boolean;
}

type Entry = { stored: StoredVersion } | { added: Added };

export const scopeKey = (tenant: string, scope: string) => `${tenant}\u0000${scope}`;

/**
 * Plays a batch's recomputations in order, in memory, against the rows stored before it, and
 * answers the net writes. Each step does what reconciling it alone against the table would:
 * versions no longer wanted are closed at the step's instant (or, if they were recorded at that
 * very instant, removed without trace), new ones are recorded from it, unchanged ones are left
 * alone so their record time keeps saying since when they have been known. A version added and
 * superseded within the batch is inserted already closed. So the rows equal those of one
 * reconciliation per step, while the database sees a few statements per batch.
 */
export function planVersions(
  stored: ReadonlyMap<string, readonly StoredVersion[]>,
  steps: readonly VersionStep[],
): VersionChanges {
  const changes: VersionChanges = { deleted: [], closed: [], inserted: [] };
  const currents = new Map<string, Map<string, Entry>>();
  const added: Added[] = [];
  for (const step of steps) {
    const key = scopeKey(step.tenant, step.scope);
    let current = currents.get(key);
    if (!current) {
      current = new Map((stored.get(key) ?? []).map((row) => [row.fingerprint, { stored: row }]));
      currents.set(key, current);
    }
    const wanted = new Map(step.versions.map(({ fingerprint, version }) => [fingerprint, version]));
    const { tenant, scope } = step;
    for (const [fingerprint, entry] of current) {
      if (wanted.has(fingerprint)) continue;
      current.delete(fingerprint);
      if ('stored' in entry) {
        if (entry.stored.recordedMs >= step.atMs)
          changes.deleted.push({ tenant, scope, fingerprint });
        else changes.closed.push({ tenant, scope, fingerprint, at: step.at });
      } else if (entry.added.recordedFromMs >= step.atMs) {
        entry.added.dropped = true;
      } else {
        entry.added.recordedTo = step.at;
      }
    }
    for (const [fingerprint, version] of wanted) {
      if (current.has(fingerprint)) continue;
      const row: Added = {
        tenant,
        scope,
        fingerprint,
        version,
        recordedFrom: step.at,
        recordedFromMs: step.atMs,
        recordedTo: null,
        dropped: false,
      };
      added.push(row);
      current.set(fingerprint, { added: row });
    }
  }
  changes.inserted = added.filter((row) => !row.dropped);
  return changes;
}
