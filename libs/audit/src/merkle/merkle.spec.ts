import { CompactRange } from './compact-range';
import {
  EMPTY_ROOT,
  consistencyRanges,
  inclusionRanges,
  leafHash,
  leafHashHex,
  nodeHash,
  nodeHashHex,
  splitPoint,
  verifyConsistency,
  verifyInclusion,
  type LeafRange,
} from './merkle';

const hex = (text: string) => Buffer.from(text, 'hex');

// The RFC 6962 test vectors (as published with the reference implementations): eight leaf
// entries, the hashes of every perfect subtree and the root of every tree size 0..8.
const ENTRIES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657',
  '606162636465666768696a6b6c6d6e6f'].map(hex); // prettier-ignore
const NODES = [
  ['6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
    '0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7',
    '07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7',
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    '4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658',
    'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
    '46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1'],
  ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
    'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0'],
  ['d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'],
  ['5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328'],
].map((level) => level.map(hex)); // prettier-ignore
const ROOTS = ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328'].map(hex); // prettier-ignore

/** MTH straight from its definition in RFC 9162 §2.1.1: the reference the fast code must match. */
function mth(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return EMPTY_ROOT;
  if (leaves.length === 1) return leaves[0];
  const k = splitPoint(leaves.length);
  return nodeHash(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

/** PATH(m, D[n]) and PROOF(m, D[n]) as RFC 9162 §2.1.3.1 and §2.1.4.1 define them. */
function referencePath(m: number, leaves: readonly Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = splitPoint(leaves.length);
  return m < k
    ? [...referencePath(m, leaves.slice(0, k)), mth(leaves.slice(k))]
    : [...referencePath(m - k, leaves.slice(k)), mth(leaves.slice(0, k))];
}
function referenceSubproof(m: number, leaves: readonly Buffer[], whole: boolean): Buffer[] {
  if (m === leaves.length) return whole ? [] : [mth(leaves)];
  const k = splitPoint(leaves.length);
  return m <= k
    ? [...referenceSubproof(m, leaves.slice(0, k), whole), mth(leaves.slice(k))]
    : [...referenceSubproof(m - k, leaves.slice(k), false), mth(leaves.slice(0, k))];
}

const leavesOf = (count: number) =>
  Array.from({ length: count }, (_, i) => leafHash(Buffer.from(`leaf ${i}`)));
const hashesOf = (leaves: readonly Buffer[], ranges: readonly LeafRange[]) =>
  ranges.map(([start, end]) => mth(leaves.slice(start, end)));

describe('RFC 9162 Merkle tree', () => {
  const leaves = ENTRIES.map((entry) => leafHash(entry));

  it('hashes the RFC 6962 leaves and every perfect subtree to the published values', () => {
    expect(leaves).toEqual(NODES[0]);
    for (let level = 1; level < NODES.length; level++) {
      NODES[level].forEach((hash, index) => {
        const width = 2 ** level;
        expect(mth(leaves.slice(index * width, (index + 1) * width))).toEqual(hash);
      });
    }
  });

  it('grows, leaf by leaf, through every published root', () => {
    const tree = CompactRange.empty();
    expect(tree.root()).toEqual(ROOTS[0]);
    ENTRIES.forEach((entry, i) => {
      tree.append(entry.toString('hex'));
      expect(tree.root()).toEqual(ROOTS[i + 1]);
    });
  });

  it('answers the nodes a leaf completes, which is what the log stores with it', () => {
    const tree = CompactRange.empty();
    const completed = ENTRIES.map((entry) => tree.append(entry.toString('hex')));
    const hex = (hashes: Buffer[]) => hashes.map((hash) => hash.toString('hex'));
    expect(completed[6]).toEqual(hex([NODES[0][6]]));
    expect(completed[7]).toEqual(hex([NODES[0][7], NODES[1][3], NODES[2][1], NODES[3][0]]));
  });

  it('hashes in hex as it does in bytes, a hash that is not 32 bytes of hex included', () => {
    const event = leafHash(Buffer.from('an event')).toString('hex');
    const tampered = `${event.slice(0, 62)}zz`;
    for (const entry of [...ENTRIES.map((e) => e.toString('hex')), event, tampered, 'abc']) {
      expect(leafHashHex(entry)).toBe(leafHash(Buffer.from(entry, 'hex')).toString('hex'));
    }
    // Not left over from the entry before: a tampered hash is hashed as what it decodes to.
    leafHashHex(event);
    expect(leafHashHex(tampered)).toBe(leafHash(Buffer.from(tampered, 'hex')).toString('hex'));
    const [left, right] = [NODES[0][0], NODES[0][1]];
    expect(nodeHashHex(left.toString('hex'), right.toString('hex'))).toBe(
      NODES[1][0].toString('hex'),
    );
  });

  it('resumes from the hashes of its right edge', () => {
    const resumed = CompactRange.of(6, [NODES[2][0], NODES[1][2]]);
    resumed.append(ENTRIES[6].toString('hex'));
    expect(resumed.root()).toEqual(ROOTS[7]);
  });

  it('gives the published inclusion and consistency proofs', () => {
    expect(hashesOf(leaves, inclusionRanges(0, 8))).toEqual([NODES[0][1], NODES[1][1], NODES[2][1]]);
    expect(hashesOf(leaves, consistencyRanges(1, 8))).toEqual([NODES[0][1], NODES[1][1], NODES[2][1]]);
    expect(hashesOf(leaves, consistencyRanges(2, 5))).toEqual([NODES[1][1], NODES[0][4]]);
    expect(verifyInclusion(0, 8, leaves[0], [NODES[0][1], NODES[1][1], NODES[2][1]], ROOTS[8])).toBe(true);
    expect(verifyConsistency(2, 5, ROOTS[2], ROOTS[5], [NODES[1][1], NODES[0][4]])).toBe(true);
  }); // prettier-ignore

  it('matches the RFC definitions of PATH and PROOF for every index and size up to 40, and verifies them', () => {
    const all = leavesOf(40);
    for (let size = 1; size <= all.length; size++) {
      const tree = all.slice(0, size);
      const root = mth(tree);
      for (let index = 0; index < size; index++) {
        const path = hashesOf(tree, inclusionRanges(index, size));
        expect(path).toEqual(referencePath(index, tree));
        expect(verifyInclusion(index, size, tree[index], path, root)).toBe(true);
      }
      for (let first = 1; first <= size; first++) {
        const proof = hashesOf(tree, consistencyRanges(first, size));
        expect(proof).toEqual(first === size ? [] : referenceSubproof(first, tree, true));
        expect(verifyConsistency(first, size, mth(tree.slice(0, first)), root, proof)).toBe(true);
      }
    }
  });

  describe('refuses every broken proof', () => {
    const all = leavesOf(23);
    const rootOf = (size: number) => mth(all.slice(0, size));
    const flip = (hash: Buffer, bit = 0) => {
      const copy = Buffer.from(hash);
      copy[bit >> 3] ^= 1 << (bit & 7);
      return copy;
    };
    const cases: [number, number][] = [[0, 1], [0, 2], [3, 8], [5, 7], [12, 23], [16, 17], [22, 23]]; // prettier-ignore

    it.each(cases)('inclusion of leaf %i in a tree of %i', (index, size) => {
      const leaf = all[index];
      const path = hashesOf(all, inclusionRanges(index, size));
      const root = rootOf(size);
      const extra = leafHash(Buffer.from('extra'));
      expect(verifyInclusion(index, size, leaf, path, root)).toBe(true);
      const broken: [string, boolean][] = [
        ['index + 1', verifyInclusion(index + 1, size, leaf, path, root)],
        ['index - 1', index > 0 && verifyInclusion(index - 1, size, leaf, path, root)],
        ['size doubled', verifyInclusion(index, size * 2, leaf, path, root)],
        ['flipped bit in the leaf', verifyInclusion(index, size, flip(leaf, 77), path, root)],
        ['flipped bit in the root', verifyInclusion(index, size, leaf, path, flip(root, 3))],
        ['a hash added', verifyInclusion(index, size, leaf, [...path, extra], root)],
        ['a hash prepended', verifyInclusion(index, size, leaf, [extra, ...path], root)],
      ];
      // A tree of one leaf has an empty path and its leaf is its root: nothing else to break.
      if (path.length > 0) {
        broken.push(
          ['leaf and root swapped', verifyInclusion(index, size, root, path, leaf)],
          ['a short hash', verifyInclusion(index, size, leaf, path.map((h) => h.subarray(1)), root)],
          ['flipped bit in the path', verifyInclusion(index, size, leaf, [flip(path[0], 200), ...path.slice(1)], root)],
          ['a hash removed', verifyInclusion(index, size, leaf, path.slice(1), root)],
          ['truncated path', verifyInclusion(index, size, leaf, path.slice(0, -1), root)],
        ); // prettier-ignore
      }
      expect(broken.filter(([, accepted]) => accepted).map(([name]) => name)).toEqual([]);
    });

    it.each(cases.filter(([first]) => first > 0))(
      'consistency of a tree of %i with one of %i',
      (first, second) => {
        const proof = hashesOf(all, consistencyRanges(first, second));
        const [r1, r2] = [rootOf(first), rootOf(second)];
        const extra = leafHash(Buffer.from('extra'));
        expect(verifyConsistency(first, second, r1, r2, proof)).toBe(true);
        const broken: [string, boolean][] = [
          ['first + 1', verifyConsistency(first + 1, second, r1, r2, proof)],
          ['first - 1', verifyConsistency(first - 1, second, r1, r2, proof)],
          ['second doubled', verifyConsistency(first, second * 2, r1, r2, proof)],
          ['roots swapped', verifyConsistency(first, second, r2, r1, proof)],
          ['flipped bit in the first root', verifyConsistency(first, second, flip(r1), r2, proof)],
          ['flipped bit in the second root', verifyConsistency(first, second, r1, flip(r2), proof)],
          ['flipped bit in the proof', verifyConsistency(first, second, r1, r2, [flip(proof[0], 9), ...proof.slice(1)])],
          ['a hash added', verifyConsistency(first, second, r1, r2, [...proof, extra])],
          ['a hash prepended', verifyConsistency(first, second, r1, r2, [extra, ...proof])],
          ['a hash removed', verifyConsistency(first, second, r1, r2, proof.slice(1))],
          ['truncated proof', verifyConsistency(first, second, r1, r2, proof.slice(0, -1))],
          ['empty proof', verifyConsistency(first, second, r1, r2, [])],
        ]; // prettier-ignore
        expect(broken.filter(([, accepted]) => accepted).map(([name]) => name)).toEqual([]);
      },
    );
  });
});
