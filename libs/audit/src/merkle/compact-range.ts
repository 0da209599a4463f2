import { foldCover, leafHashHex, nodeHashHex, perfectCover, type NodeId } from './merkle';

/**
 * The right edge of a tree of `size` leaves: the roots of its perfect subtrees, largest first
 * (perfectCover of [0, size)). It is all that appending a leaf and computing the root need, so a
 * tree grows in O(log n) memory and time, whatever its size: the projection keeps it per batch,
 * the verifier per municipality while it reads the whole log. It keeps its hashes in hex, the
 * form events' hashes come in and leaves' rows go out in: a Buffer per node cost the projection
 * and the verifier more than the hashing (bench/NOTES.md).
 */
export class CompactRange {
  private constructor(
    private leaves: number,
    private readonly edge: { level: number; hash: string }[],
  ) {}

  static empty(): CompactRange {
    return new CompactRange(0, []);
  }

  /** From the hashes of the nodes `edgeOf(size)` names, in that order. */
  static of(size: number, hashes: readonly Uint8Array[]): CompactRange {
    const ids = CompactRange.edgeOf(size);
    if (ids.length !== hashes.length) {
      throw new Error(
        `A tree of ${size} leaves has ${ids.length} edge nodes, not ${hashes.length}`,
      );
    }
    return new CompactRange(
      size,
      ids.map((id, i) => ({ level: id.level, hash: Buffer.from(hashes[i]).toString('hex') })),
    );
  }

  static edgeOf(size: number): NodeId[] {
    return perfectCover([0, size]);
  }

  get size(): number {
    return this.leaves;
  }

  /**
   * Appends a leaf whose entry is `entry`, in hex (an event's hash). Answers the hashes of the
   * nodes it completes, bottom up, in hex: the leaf's own hash (level 0), then each perfect
   * subtree it closes.
   */
  append(entry: string): string[] {
    const completed = [leafHashHex(entry)];
    this.edge.push({ level: 0, hash: completed[0] });
    while (this.edge.length >= 2) {
      const right = this.edge[this.edge.length - 1];
      const left = this.edge[this.edge.length - 2];
      if (left.level !== right.level) break;
      const merged = { level: left.level + 1, hash: nodeHashHex(left.hash, right.hash) };
      this.edge.splice(this.edge.length - 2, 2, merged);
      completed.push(merged.hash);
    }
    this.leaves++;
    return completed;
  }

  root(): Buffer {
    return foldCover(this.edge.map((node) => Buffer.from(node.hash, 'hex')));
  }
}
