import { transparencyLogProjection } from '@app/audit';
import { meetingsProjections } from '@app/meetings';
import type { Projection } from '@app/projections';
import { structureProjections } from '@app/structure';
import { READ_MODELS } from '../../apps/read-models';

/**
 * The sets of read models catch-up rebuilds together, named once for the process that measures
 * them (catch-up-child.ts) and the suite that labels its rows (catch-up.bench.ts).
 */

/** Every read model but the tree: beside READ_MODELS, what the tree adds to a rebuild. */
export const ALL_BUT_THE_TREE: readonly Projection[] = READ_MODELS.filter(
  (projection) => projection !== transparencyLogProjection,
);

/**
 * The read models there were when the tree joined them, and issue 13 set its clause ("the tree
 * projection must not drag catch-up"): the structure's and the meetings'. Rebuilt without the
 * tree and with it, interleaved, they show the tree's drag on the rebuild it joined; the audit
 * trail and agreements came later, with costs of their own (bench/NOTES.md).
 */
export const STRUCTURE_AND_MEETINGS: readonly Projection[] = [
  ...structureProjections,
  ...meetingsProjections,
];

/** STRUCTURE_AND_MEETINGS with the tree. */
export const STRUCTURE_MEETINGS_AND_TREE: readonly Projection[] = [
  ...STRUCTURE_AND_MEETINGS,
  transparencyLogProjection,
];
