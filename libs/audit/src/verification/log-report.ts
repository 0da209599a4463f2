/** What a verification of the log found: every break names what broke and where. */
export type LogProblem =
  /** A stream's chain: a missing revision, a wrong previous hash, or content that is not its hash. */
  | 'revision-gap'
  | 'prev-hash'
  | 'hash'
  /** A kept checkpoint: its signature, its origin, or the tree it signs. */
  | 'checkpoint-signature'
  | 'checkpoint-origin'
  | 'checkpoint-root'
  /** The log holds fewer leaves than a checkpoint signed. */
  | 'truncated'
  /** The auditor's own checkpoint (--checkpoint FILE): not the log's history, or unreadable. */
  | 'kept-checkpoint'
  | 'consistency'
  /** The tree's read model disagrees with the events: its proofs would not verify. */
  | 'tree-read-model';

export interface LogBreak {
  problem: LogProblem;
  tenant: string;
  stream?: string;
  revision?: string;
  /** The event's place in its municipality's tree. */
  leafIndex?: number;
  /** The checkpoint concerned, by its tree size. */
  checkpoint?: { treeSize: number; issuedAt?: string };
  /** The leaves among which the change lies, [from, to): after the last checkpoint that held. */
  leaves?: [number, number];
  detail: string;
}

export interface TenantSummary {
  tenant: string;
  leaves: number;
  checkpoints: number;
  /** The size of the latest checkpoint the log matched. */
  verifiedUpTo: number;
}

export interface LogReport {
  ok: boolean;
  events: number;
  streams: number;
  tenants: TenantSummary[];
  breaks: LogBreak[];
}

/** One line per break, for people. */
export function describeBreak(b: LogBreak): string {
  const where = [
    `tenant ${b.tenant}`,
    b.stream !== undefined && `stream ${b.stream}`,
    b.revision !== undefined && `revision ${b.revision}`,
    b.leafIndex !== undefined && `leaf ${b.leafIndex}`,
    b.checkpoint && `checkpoint of size ${b.checkpoint.treeSize}`,
    b.leaves && `leaves ${b.leaves[0]}–${b.leaves[1] - 1}`,
  ].filter(Boolean);
  return `${b.problem}: ${where.join(', ')}: ${b.detail}`;
}
