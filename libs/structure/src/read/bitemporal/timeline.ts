import { hash } from 'node:crypto';
import { canonicalJson } from '@app/kernel';
import type { IsoDate } from '../../domain';

/** One event of a stream as the projection keeps it: its revision and the date it holds from. */
export interface Fact<E> {
  revision: number;
  validFrom: IsoDate;
  event: E;
}

/** A row's content over one stretch of valid time, [validFrom, validTo); validTo null: open. */
export interface Version {
  /** The row's entity within its stream: a group, one of its memberships, a participant... */
  key: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  attrs: Record<string, unknown>;
}

/**
 * What holds on `on`, one entry per entity, given the state folded from every fact valid by
 * then. `known` is the state folded from every fact, whatever its date: what is known of the
 * stream's whole life (when a group ends, say), which the rows carry on every version.
 */
export type Snapshot<S> = (state: S, on: IsoDate, known: S) => Map<string, Record<string, unknown>>;

/**
 * The valid-time history of a stream's rows, computed from its facts in date order (ties in
 * revision order). A fact recorded late — a seat imported years after the fact — falls into
 * place by its date, not by when it arrived. Between two dates on which something happens
 * nothing changes, so the state is looked at only on those dates, and consecutive equal
 * contents are one version. Folding in date order gives what replaying the stream's events
 * dated by then would, because the deciders record changes to any one thing in date order;
 * test/structure/read/bitemporal.property.spec.ts checks the two against each other.
 */
export function timelineOf<S, E>(
  facts: readonly Fact<E>[],
  initial: S,
  evolve: (state: S, event: E) => S,
  snapshot: Snapshot<S>,
): Version[] {
  return timelinesOf(facts, initial, evolve, { rows: snapshot }).rows;
}

/**
 * timelineOf for several tables of one stream at once: the stream is folded once for all of
 * them, not once per table (folding was most of a rebuild's time: a group's state copies its
 * seats on every event). States are immutable values (evolve is pure), so the state on each date
 * can be kept and looked at by every table after the fold.
 */
export function timelinesOf<S, E, T extends string>(
  facts: readonly Fact<E>[],
  initial: S,
  evolve: (state: S, event: E) => S,
  snapshots: Record<T, Snapshot<S>>,
): Record<T, Version[]> {
  const ordered = [...facts].sort(
    (a, b) => compareDates(a.validFrom, b.validFrom) || a.revision - b.revision,
  );
  const dated: { on: IsoDate; state: S }[] = [];
  let state = initial;
  for (let index = 0; index < ordered.length;) {
    const on = ordered[index].validFrom;
    while (index < ordered.length && ordered[index].validFrom === on) {
      state = evolve(state, ordered[index++].event);
    }
    dated.push({ on, state });
  }
  const known = knownState(facts, ordered, state, initial, evolve);
  const result = {} as Record<T, Version[]>;
  for (const table of Object.keys(snapshots) as T[]) {
    result[table] = versionsOf(dated, known, snapshots[table]);
  }
  return result;
}

/**
 * What is known of the whole life is the stream replayed in its own order: a later fact may
 * correct an earlier one dated after it (a seat cut short when its group is merged away). When
 * the date order is the revision order (the usual case) that is the date fold's last state.
 */
function knownState<S, E>(
  facts: readonly Fact<E>[],
  ordered: readonly Fact<E>[],
  last: S,
  initial: S,
  evolve: (state: S, event: E) => S,
): S {
  if (facts.every((fact, index) => fact === ordered[index] && isAfter(facts[index - 1], fact))) {
    return last;
  }
  const byRevision = [...facts].sort((a, b) => a.revision - b.revision);
  if (byRevision.every((fact, index) => fact === ordered[index])) return last;
  return byRevision.reduce((state, fact) => evolve(state, fact.event), initial);
}

function versionsOf<S>(
  dated: readonly { on: IsoDate; state: S }[],
  known: S,
  snapshot: Snapshot<S>,
): Version[] {
  const open = new Map<string, { validFrom: IsoDate; attrs: Record<string, unknown> }>();
  const versions: Version[] = [];
  for (const { on, state } of dated) {
    const rows = snapshot(state, on, known);
    for (const [key, current] of open) {
      const next = rows.get(key);
      if (next && sameAttrs(next, current.attrs)) continue;
      versions.push({ key, validFrom: current.validFrom, validTo: on, attrs: current.attrs });
      open.delete(key);
    }
    for (const [key, attrs] of rows) {
      if (!open.has(key)) open.set(key, { validFrom: on, attrs });
    }
  }
  for (const [key, current] of open) {
    versions.push({ key, validFrom: current.validFrom, validTo: null, attrs: current.attrs });
  }
  return versions;
}

/**
 * Whether two rows of one snapshot function hold the same content: the same keys (one function
 * makes them), values equal, nested values (jsonb columns) compared as JSON. Compared on every
 * date for every row, so it avoids serialising flat values.
 */
function sameAttrs(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (canonicalJson(x) !== canonicalJson(y)) return false;
  }
  return true;
}

/** Whether two versions of one table hold the same row over the same stretch of valid time. */
export function sameVersion(a: Version, b: Version): boolean {
  return (
    a.key === b.key &&
    a.validFrom === b.validFrom &&
    a.validTo === b.validTo &&
    sameAttrs(a.attrs, b.attrs)
  );
}

/**
 * Identifies a version by its content, so that unchanged rows are recognised and left alone:
 * SHA-256 of its RFC 8785 canonical JSON, so equal contents match whatever their key order.
 */
export function fingerprintOf(version: Version): string {
  return hash('sha256', canonicalJson(version) ?? '', 'hex');
}

/** Whether `fact` comes after `before` in revision order (a first fact comes after nothing). */
function isAfter<E>(before: Fact<E> | undefined, fact: Fact<E>): boolean {
  return before === undefined || before.revision < fact.revision;
}

function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
