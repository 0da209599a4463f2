import {
  ChainChecker,
  START,
  type ChainSource,
  type Position,
  type RecordedEvent,
} from '@app/event-store';
import { CompactRange } from '../merkle/compact-range';
import { verifyConsistency } from '../merkle/merkle';
import type { StoredCheckpoint } from '../checkpoints/checkpoint.store';
import { verifyCheckpoint, type Checkpoint, type VerifierKey } from '../checkpoints/signed-note';
import type { TreeHead } from '../log/proofs';
import type { LogBreak, LogReport, TenantSummary } from './log-report';

/** The tree's read model, when there is one to check and to prove consistency from. */
export interface TreeReadModel {
  head(tenant: string): Promise<TreeHead>;
  consistencyProof(tenant: string, first: number, second: number): Promise<Buffer[]>;
}

export interface LogSources {
  /** The events as stored (no upcasters), in commit order. */
  store: ChainSource;
  /** The checkpoints kept with the log, smallest first per municipality. */
  checkpoints: readonly StoredCheckpoint[];
  /** Undefined: no key to verify with, so no checkpoint verifies. */
  key: VerifierKey | undefined;
  /** The deployment's origin (AUDIT_ORIGIN): a log's origin is `${origin}/${tenant}`. */
  origin: string;
  /** A signed checkpoint the auditor kept: the log must still hold its tree. */
  kept?: string;
  tenant?: string;
  tree?: TreeReadModel;
  pageSize?: number;
  onProgress?(events: number): Promise<void> | void;
}

/** Breaks reported at most; the rest are counted in the last one. */
const MAX_BREAKS = 100;

interface TenantState {
  tree: CompactRange;
  /** The municipality's checkpoints still ahead of the tree, smallest first. */
  ahead: Checkpoint[];
  issuedAt: Map<number, string>;
  checkpoints: number;
  verifiedUpTo: number;
  kept?: Checkpoint;
}

/**
 * Checks the whole log in one pass over readAll: every stream's chain, and every municipality's
 * Merkle tree rebuilt from the events against every signed checkpoint (a checkpoint whose root
 * the events no longer give means events were changed, removed, added or reordered before it,
 * hashes recomputed or not), against the log's end (a checkpoint larger than the log: truncated)
 * and, given the auditor's kept checkpoint, against that too. Memory: one hash per stream and
 * O(log n) per municipality.
 */
export async function verifyLog(sources: LogSources): Promise<LogReport> {
  const breaks: LogBreak[] = [];
  const report = (b: LogBreak) => {
    if (breaks.length < MAX_BREAKS) breaks.push(b);
  };
  const tenants = new Map<string, TenantState>();
  const stateOf = (tenant: string): TenantState => {
    let state = tenants.get(tenant);
    if (!state) {
      state = newTenant(tenant, sources, report);
      tenants.set(tenant, state);
    }
    return state;
  };
  for (const tenant of new Set(sources.checkpoints.map((c) => c.tenant))) stateOf(tenant);
  const kept = sources.kept === undefined ? undefined : readKept(sources, report);
  if (kept) stateOf(kept.tenant).kept = kept.checkpoint;

  const chains = new ChainChecker();
  const pageSize = sources.pageSize ?? 5000;
  let events = 0;
  // One page read ahead: the database reads page N+1 while Node hashes page N. Its failure is
  // marked handled here (and still thrown where it is awaited), should the pass stop before.
  const readAhead = (from: Position) => {
    const read = sources.store.readAll(from, pageSize);
    read.catch(() => undefined);
    return read;
  };
  let next = readAhead(START);
  for (;;) {
    const page = await next;
    if (page.length === pageSize) next = readAhead(page[pageSize - 1].position);
    for (const event of page) {
      if (sources.tenant !== undefined && event.metadata.tenant !== sources.tenant) continue;
      const state = stateOf(event.metadata.tenant);
      const leafIndex = state.tree.size;
      const broken = chains.check(event);
      if (broken) {
        report({
          problem: broken.problem,
          tenant: broken.tenant,
          stream: broken.stream,
          revision: broken.revision.toString(),
          leafIndex,
          detail: `expected ${broken.expected ?? 'none'}, found ${broken.actual ?? 'none'}`,
        });
      }
      appendLeaf(event, state, report);
      events++;
    }
    await sources.onProgress?.(events);
    if (page.length < pageSize) break;
  }
  for (const [tenant, state] of tenants) await finish(tenant, state, sources, report);
  return {
    ok: breaks.length === 0,
    events,
    streams: chains.streams,
    tenants: [...tenants].map(([tenant, state]): TenantSummary => ({
      tenant,
      leaves: state.tree.size,
      checkpoints: state.checkpoints,
      verifiedUpTo: state.verifiedUpTo,
    })),
    breaks,
  };
}

function newTenant(
  tenant: string,
  sources: LogSources,
  report: (b: LogBreak) => void,
): TenantState {
  const state: TenantState = {
    tree: CompactRange.empty(),
    ahead: [],
    issuedAt: new Map(),
    checkpoints: 0,
    verifiedUpTo: 0,
  };
  for (const stored of sources.checkpoints.filter((c) => c.tenant === tenant)) {
    const at = { treeSize: stored.treeSize, issuedAt: stored.issuedAt };
    const check = sources.key
      ? verifyCheckpoint(stored.note, sources.key)
      : { ok: false as const, problem: 'no public key to verify it with' };
    if (!check.ok) {
      report({ problem: 'checkpoint-signature', tenant, checkpoint: at, detail: check.problem });
      continue;
    }
    const { checkpoint } = check;
    if (
      checkpoint.origin !== `${sources.origin}/${tenant}` ||
      checkpoint.size !== stored.treeSize
    ) {
      report({
        problem: 'checkpoint-origin',
        tenant,
        checkpoint: at,
        detail: `the note signs ${checkpoint.origin} at size ${checkpoint.size}`,
      });
      continue;
    }
    state.checkpoints++;
    state.issuedAt.set(checkpoint.size, stored.issuedAt);
    state.ahead.push(checkpoint);
  }
  state.ahead.sort((a, b) => a.size - b.size);
  // The empty tree's checkpoint is met before any leaf.
  while (state.ahead[0]?.size === 0) matchCheckpoint(tenant, state, state.ahead.shift()!, report);
  return state;
}

function appendLeaf(event: RecordedEvent, state: TenantState, report: (b: LogBreak) => void) {
  state.tree.append(event.metadata.hash);
  const tenant = event.metadata.tenant;
  while (state.ahead[0]?.size === state.tree.size) {
    matchCheckpoint(tenant, state, state.ahead.shift()!, report);
  }
  if (state.kept?.size === state.tree.size && !state.tree.root().equals(state.kept.root)) {
    report({
      problem: 'kept-checkpoint',
      tenant,
      checkpoint: { treeSize: state.kept.size },
      detail:
        'the log no longer holds the tree of the checkpoint you kept: events before it were ' +
        'changed, removed, added or reordered (hashes recomputed or not)',
    });
  }
}

function matchCheckpoint(
  tenant: string,
  state: TenantState,
  checkpoint: Checkpoint,
  report: (b: LogBreak) => void,
) {
  if (state.tree.root().equals(checkpoint.root)) {
    state.verifiedUpTo = checkpoint.size;
    return;
  }
  report({
    problem: 'checkpoint-root',
    tenant,
    checkpoint: { treeSize: checkpoint.size, issuedAt: state.issuedAt.get(checkpoint.size) },
    leaves: [state.verifiedUpTo, checkpoint.size],
    detail:
      'the events do not give the signed root: an event among these leaves was changed, ' +
      'removed, added or moved',
  });
}

async function finish(
  tenant: string,
  state: TenantState,
  sources: LogSources,
  report: (b: LogBreak) => void,
) {
  for (const checkpoint of state.ahead) {
    report({
      problem: 'truncated',
      tenant,
      checkpoint: { treeSize: checkpoint.size, issuedAt: state.issuedAt.get(checkpoint.size) },
      leaves: [state.tree.size, checkpoint.size],
      detail: `a checkpoint signed ${checkpoint.size} leaves; the log holds ${state.tree.size}`,
    });
  }
  if (state.kept && state.kept.size > state.tree.size) {
    report({
      problem: 'kept-checkpoint',
      tenant,
      checkpoint: { treeSize: state.kept.size },
      detail: `the checkpoint you kept signed ${state.kept.size} leaves; the log holds ${state.tree.size}`,
    });
  }
  if (!sources.tree) return;
  const head = await sources.tree.head(tenant);
  if (head.size > state.tree.size) {
    report({
      problem: 'tree-read-model',
      tenant,
      detail: `the tree's read model has ${head.size} leaves; the log holds ${state.tree.size}`,
    });
  }
  const latest = state.verifiedUpTo;
  if (state.kept && state.kept.size <= latest) {
    // What an auditor would check with the proof alone: the log's latest checkpoint extends the
    // one they kept.
    const proof = await sources.tree.consistencyProof(tenant, state.kept.size, latest);
    const latestRoot = await rootOfCheckpoint(sources, tenant, latest);
    if (
      !latestRoot ||
      !verifyConsistency(state.kept.size, latest, state.kept.root, latestRoot, proof)
    ) {
      report({
        problem: 'consistency',
        tenant,
        checkpoint: { treeSize: state.kept.size },
        detail: `no consistency proof from the checkpoint you kept to the latest (size ${latest})`,
      });
    }
  }
}

async function rootOfCheckpoint(sources: LogSources, tenant: string, size: number) {
  const stored = sources.checkpoints.find((c) => c.tenant === tenant && c.treeSize === size);
  return stored ? Buffer.from(stored.rootHash, 'hex') : undefined;
}

function readKept(
  sources: LogSources,
  report: (b: LogBreak) => void,
): { tenant: string; checkpoint: Checkpoint } | undefined {
  const check = sources.key
    ? verifyCheckpoint(sources.kept!, sources.key)
    : { ok: false as const, problem: 'no public key to verify it with (--public-key FILE)' };
  const tenant = sources.tenant ?? '?';
  if (!check.ok) {
    report({
      problem: 'kept-checkpoint',
      tenant,
      detail: `not a valid checkpoint: ${check.problem}`,
    });
    return undefined;
  }
  const prefix = `${sources.origin}/`;
  const { checkpoint } = check;
  if (!checkpoint.origin.startsWith(prefix)) {
    report({
      problem: 'kept-checkpoint',
      tenant,
      detail: `the checkpoint is of ${checkpoint.origin}, not of this deployment (${sources.origin})`,
    });
    return undefined;
  }
  return { tenant: checkpoint.origin.slice(prefix.length), checkpoint };
}
