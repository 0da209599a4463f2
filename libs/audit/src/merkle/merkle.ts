/**
 * The RFC 9162 (Certificate Transparency 2.0, §2.1) Merkle tree over a municipality's log:
 * hashing, the shape of inclusion and consistency proofs, and their verification. Pure code: the
 * tree's nodes come from whoever stores them (see tree-nodes.ts), so that a proof costs O(log n)
 * node reads, and the verification needs nothing but the proof.
 *
 * A node is named by its level and index: node (l, i) is the root of the perfect subtree over
 * leaves [i·2^l, (i+1)·2^l). Sizes and indexes are JavaScript numbers (exact up to 2^53 leaves)
 * and are never shifted with bit operators, which would cut them to 32 bits.
 */
import { createHash, hash } from 'node:crypto';

export const HASH_BYTES = 32;

/**
 * Where a node's input is laid out before hashing: one-shot `hash` of one buffer costs a third
 * less than a `createHash` object per node, and the tree's projection and verification hash
 * about two nodes per event. Safe to reuse: `hash` is synchronous and keeps nothing.
 */
const NODE_INPUT = Buffer.alloc(1 + 2 * HASH_BYTES);
const LEAF_INPUT = Buffer.alloc(1 + HASH_BYTES);

/** RFC 9162 §2.1.1: the hash of a leaf is SHA-256(0x00 || entry). */
export function leafHash(entry: Uint8Array): Buffer {
  if (entry.length !== HASH_BYTES) return sha256(Buffer.concat([LEAF_PREFIX, entry]));
  LEAF_INPUT[0] = 0;
  LEAF_INPUT.set(entry, 1);
  return sha256(LEAF_INPUT);
}

/** RFC 9162 §2.1.1: the hash of an interior node is SHA-256(0x01 || left || right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  if (left.length !== HASH_BYTES || right.length !== HASH_BYTES) {
    return sha256(Buffer.concat([NODE_PREFIX, left, right]));
  }
  NODE_INPUT[0] = 1;
  NODE_INPUT.set(left, 1);
  NODE_INPUT.set(right, 1 + HASH_BYTES);
  return sha256(NODE_INPUT);
}

const sha256 = (input: Buffer): Buffer => hash('sha256', input, 'buffer') as unknown as Buffer;

/**
 * leafHash of an entry given in hex, answered in hex: what the tree's growth reads (an event's
 * hash, stored as hex) and writes (the leaf's row, bytea in hex), with no Buffer made per node.
 * A hash that is not 32 bytes of hex (tampered) is hashed as the bytes it decodes to, as
 * leafHash of Buffer.from(entry, 'hex') would.
 */
export function leafHashHex(entry: string): string {
  LEAF_INPUT[0] = 0;
  if (entry.length !== 2 * HASH_BYTES || LEAF_INPUT.write(entry, 1, 'hex') !== HASH_BYTES) {
    return leafHash(Buffer.from(entry, 'hex')).toString('hex');
  }
  return hash('sha256', LEAF_INPUT, 'hex');
}

/** nodeHash of two hashes in hex (the tree's own, so always 32 bytes), answered in hex. */
export function nodeHashHex(left: string, right: string): string {
  NODE_INPUT[0] = 1;
  NODE_INPUT.write(left, 1, 'hex');
  NODE_INPUT.write(right, 1 + HASH_BYTES, 'hex');
  return hash('sha256', NODE_INPUT, 'hex');
}

/** The root of the empty tree: SHA-256 of nothing. */
export const EMPTY_ROOT: Buffer = createHash('sha256').digest();

const LEAF_PREFIX = Buffer.from([0]);
const NODE_PREFIX = Buffer.from([1]);

export interface NodeId {
  level: number;
  index: number;
}

/** Leaves [start, end): a subtree the RFC's recursion names. */
export type LeafRange = readonly [start: number, end: number];

/** The largest power of two smaller than n (n ≥ 2): where the RFC splits a tree of n leaves. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The perfect subtrees that make up [start, end), left to right and each smaller than the one
 * before, as every range of the RFC's recursion is: MTH of the range is their right fold.
 */
export function perfectCover([start, end]: LeafRange): NodeId[] {
  const nodes: NodeId[] = [];
  let at = start;
  while (at < end) {
    let size = 1;
    while (at % (size * 2) === 0 && at + size * 2 <= end) size *= 2;
    nodes.push({ level: Math.log2(size), index: at / size });
    at += size;
  }
  return nodes;
}

/** MTH of a range from the hashes of its perfect cover (in cover order). */
export function foldCover(hashes: readonly Uint8Array[]): Buffer {
  if (hashes.length === 0) return EMPTY_ROOT;
  let hash: Buffer = Buffer.from(hashes[hashes.length - 1]);
  for (let i = hashes.length - 2; i >= 0; i--) hash = nodeHash(hashes[i], hash);
  return hash;
}

/**
 * RFC 9162 §2.1.3.1: the subtrees whose hashes make the audit path of leaf `index` in a tree of
 * `size` leaves, from the leaf's sibling up to the root's other child.
 */
export function inclusionRanges(index: number, size: number): LeafRange[] {
  if (!(index >= 0 && index < size))
    throw new RangeError(`Leaf ${index} is not in a tree of ${size}`);
  const path: LeafRange[] = [];
  let [start, end] = [0, size];
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (index - start < k) {
      path.push([start + k, end]);
      end = start + k;
    } else {
      path.push([start, start + k]);
      start += k;
    }
  }
  return path.reverse();
}

/**
 * RFC 9162 §2.1.4.1: the subtrees whose hashes prove that the tree of `first` leaves is a
 * prefix of the tree of `second` leaves. Empty when first is 0 or equals second.
 */
export function consistencyRanges(first: number, second: number): LeafRange[] {
  if (!(first >= 0 && first <= second)) {
    throw new RangeError(`A tree of ${first} cannot be a prefix of one of ${second}`);
  }
  if (first === 0 || first === second) return [];
  const proof: LeafRange[] = [];
  let [start, end, m, whole] = [0, second, first, true];
  for (;;) {
    if (m === end - start) {
      if (!whole) proof.push([start, end]);
      break;
    }
    const k = splitPoint(end - start);
    if (m <= k) {
      proof.push([start + k, end]);
      end = start + k;
    } else {
      proof.push([start, start + k]);
      m -= k;
      start += k;
      whole = false;
    }
  }
  return proof.reverse();
}

const odd = (n: number) => n % 2 === 1;
const half = (n: number) => Math.floor(n / 2);

/** RFC 9162 §2.1.3.2. */
export function verifyInclusion(
  index: number,
  size: number,
  leaf: Uint8Array,
  path: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!isCount(index) || !isCount(size) || index >= size || !isHash(leaf) || !isHash(root)) {
    return false;
  }
  let fn = index;
  let sn = size - 1;
  let r: Buffer = Buffer.from(leaf);
  for (const p of path) {
    if (sn === 0 || !isHash(p)) return false;
    if (odd(fn) || fn === sn) {
      r = nodeHash(p, r);
      while (!odd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else {
      r = nodeHash(r, p);
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 §2.1.4.2; equal sizes are consistent with an empty proof when the roots are equal. */
export function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Uint8Array,
  secondRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (!isCount(first) || !isCount(second) || first > second) return false;
  if (!isHash(firstRoot) || !isHash(secondRoot) || !proof.every(isHash)) return false;
  if (first === second) return proof.length === 0 && Buffer.from(firstRoot).equals(secondRoot);
  if (first === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (odd(fn)) [fn, sn] = [half(fn), half(sn)];
  let fr: Buffer = Buffer.from(path[0]);
  let sr: Buffer = Buffer.from(path[0]);
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!odd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else {
      sr = nodeHash(sr, c);
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  return sn === 0 && fr.equals(firstRoot) && sr.equals(secondRoot);
}

function isCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

function isHash(hash: Uint8Array): boolean {
  return hash instanceof Uint8Array && hash.length === HASH_BYTES;
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && splitPoint(n * 2) === n;
}
