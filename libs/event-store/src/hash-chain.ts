import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Actor } from '@app/kernel';

/**
 * What a hash covers. The actor's name is left out on purpose: personal data must be erasable
 * without breaking the chain, so the chain references people only by id, role and organisation.
 */
export interface ChainLink {
  tenant: string;
  stream: string;
  revision: bigint;
  type: string;
  schemaVersion: number;
  data: unknown;
  validFrom: string | null | undefined;
  actor: Pick<Actor, 'id' | 'role' | 'organisation'>;
  prevHash: string | null;
}

/** The canonical (RFC 8785) text that is hashed; exported so auditors can reproduce a hash. */
export function canonicalLink(link: ChainLink): string {
  const text = canonicalize({
    tenant: link.tenant,
    stream: link.stream,
    // A string, because JSON numbers lose precision past 2^53 and bigints do not serialise.
    revision: link.revision.toString(),
    type: link.type,
    schemaVersion: link.schemaVersion,
    data: link.data,
    validFrom: link.validFrom ?? null,
    actor: { id: link.actor.id, role: link.actor.role, organisation: link.actor.organisation },
    prevHash: link.prevHash,
  });
  if (text === undefined) throw new Error('An event cannot be serialised to canonical JSON');
  return text;
}

export function linkHash(link: ChainLink): string {
  return createHash('sha256').update(canonicalLink(link), 'utf8').digest('hex');
}

/** Hashes a batch that continues a stream whose last hash is `prevHash`. */
export function chainHashes(
  prevHash: string | null,
  links: readonly Omit<ChainLink, 'prevHash'>[],
): { prevHash: string | null; hash: string }[] {
  const hashes: { prevHash: string | null; hash: string }[] = [];
  let previous = prevHash;
  for (const link of links) {
    const hash = linkHash({ ...link, prevHash: previous });
    hashes.push({ prevHash: previous, hash });
    previous = hash;
  }
  return hashes;
}
