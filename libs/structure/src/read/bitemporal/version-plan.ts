import type { FingerprintedVersion } from './recompute';
import type { Version } from './timeline';

/**
 * A stream's version row as stored before the batch: an open one, or one closed at an instant
 * the batch may still be in (closed earlier in the same instant of record time, it can reopen).
 */
export interface StoredVersion {
  fingerprint: string;
  recordedMs: number;
  closedMs: number | null;
}

/** One recomputation of a stream's versions, learnt at one instant of record time. */
export interface VersionStep {
  tenant: string;
  scope: string;
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
  /** Stored open rows that came and went within one instant: never visible, removed. */
  deleted: VersionKey[];
  /** Stored rows whose end in record time moves: closed (from null), or reopened (to null). */
  ended: (VersionKey & { from: string | null; to: string | null })[];
  inserted: NewVersion[];
}

/** A row as the plan goes: stored before the batch, or added by it. */
interface Row {
  key: VersionKey;
  fromMs: number;
  toMs: number | null;
  stored?: StoredVersion;
  added?: Version;
  deleted: boolean;
}

export const scopeKey = (tenant: string, scope: string) => `${tenant}\u0000${scope}`;

/**
 * Plays a batch's recomputations in order, in memory, against the rows stored before it, and
 * answers the net writes. Each instant of record time is one reconciliation, however many
 * recomputations (appends, batches) it took: versions no longer wanted are closed at the
 * instant (or, if they were recorded in that very instant, removed without trace), a version
 * closed in the instant and wanted again is reopened rather than recorded twice, new ones are
 * recorded from it, unchanged ones are left alone so their record time keeps saying since when
 * they have been known. So the rows are the same whatever the batches (a property test holds
 * them to one event at a time), while the database sees a few statements per batch.
 */
export function planVersions(
  stored: ReadonlyMap<string, readonly StoredVersion[]>,
  steps: readonly VersionStep[],
): VersionChanges {
  const rows: Row[] = [];
  // Per scope, by fingerprint: the row a step may keep, close or reopen.
  const live = new Map<string, Map<string, Row>>();
  for (const step of steps) {
    const { tenant, scope, atMs } = step;
    const key = scopeKey(tenant, scope);
    let current = live.get(key);
    if (!current) {
      current = new Map();
      // Open rows last: they win over a row of the same content closed earlier.
      const end = (version: StoredVersion) => version.closedMs ?? Number.MAX_VALUE;
      const known = [...(stored.get(key) ?? [])].sort((a, b) => end(a) - end(b));
      for (const version of known) {
        const row: Row = {
          key: { tenant, scope, fingerprint: version.fingerprint },
          fromMs: version.recordedMs,
          toMs: version.closedMs,
          stored: version,
          deleted: false,
        };
        rows.push(row);
        current.set(version.fingerprint, row);
      }
      live.set(key, current);
    }
    const wanted = new Map(step.versions.map(({ fingerprint, version }) => [fingerprint, version]));
    for (const [fingerprint, row] of current) {
      // A row closed before this instant is history: a step cannot touch it.
      if (row.toMs !== null && row.toMs < atMs) {
        current.delete(fingerprint);
        continue;
      }
      if (wanted.has(fingerprint)) {
        row.toMs = null;
      } else if (row.toMs === null) {
        if (row.fromMs >= atMs) {
          row.deleted = true;
          current.delete(fingerprint);
        } else {
          row.toMs = atMs;
        }
      }
    }
    for (const [fingerprint, version] of wanted) {
      if (current.has(fingerprint)) continue;
      const row: Row = {
        key: { tenant, scope, fingerprint },
        fromMs: atMs,
        toMs: null,
        added: version,
        deleted: false,
      };
      rows.push(row);
      current.set(fingerprint, row);
    }
  }
  return changesOf(rows);
}

function changesOf(rows: readonly Row[]): VersionChanges {
  const changes: VersionChanges = { deleted: [], ended: [], inserted: [] };
  const iso = isoOfMs();
  for (const row of rows) {
    const { tenant, scope, fingerprint } = row.key;
    if (row.stored) {
      if (row.deleted) changes.deleted.push(row.key);
      else if (row.toMs !== row.stored.closedMs) {
        changes.ended.push({
          tenant,
          scope,
          fingerprint,
          from: iso(row.stored.closedMs),
          to: iso(row.toMs),
        });
      }
    } else if (row.added && !row.deleted) {
      changes.inserted.push({
        tenant,
        scope,
        fingerprint,
        version: row.added,
        recordedFrom: iso(row.fromMs)!,
        recordedTo: iso(row.toMs),
      });
    }
  }
  return changes;
}

/**
 * Instants as ISO text, the last one remembered: a batch's rows share a few instants (in a
 * rebuild, one per page), and a Date per row was a tenth of the groups' plan.
 */
function isoOfMs(): (ms: number | null) => string | null {
  let lastMs: number | undefined;
  let lastIso = '';
  return (ms) => {
    if (ms === null) return null;
    if (ms !== lastMs) {
      lastMs = ms;
      lastIso = new Date(ms).toISOString();
    }
    return lastIso;
  };
}
