import type { StoredCheckpoint } from '../checkpoints/checkpoint.store';

/** A checkpoint as the API answers it; `note` is what an auditor keeps. */
export function checkpointResponse(checkpoint: StoredCheckpoint) {
  return {
    treeSize: checkpoint.treeSize,
    rootHash: checkpoint.rootHash,
    issuedAt: checkpoint.issuedAt,
    note: checkpoint.note,
  };
}
