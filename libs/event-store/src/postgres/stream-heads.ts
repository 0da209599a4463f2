import type { StreamHead } from './postgres-append';

/**
 * The last head (revision, event id, hash) this process has seen of each stream, so that an append can chain
 * its hashes without first reading the stream's head.
 *
 * Only a hint. A stored event's hash never changes, but the head may have moved on (another
 * process appended) or, in a test, the table may have been emptied. So an append that uses a
 * hint inserts only if the row it chains onto still exists with that hash, and the unique
 * (tenant, stream, revision) refuses it when the next revision is taken; either way the caller
 * falls back to reading the head. A wrong hint costs a round trip, never a wrong chain.
 *
 * Bounded: the oldest written entry goes first once `capacity` streams are known.
 */
export class StreamHeads {
  private readonly heads = new Map<string, StreamHead>();

  constructor(private readonly capacity: number) {}

  get(tenant: string, stream: string): StreamHead | undefined {
    return this.heads.get(key(tenant, stream));
  }

  /**
   * Records a committed head, replacing what was known: the latest news wins even when it is
   * older (a race between two of our own calls), because a stale hint only costs a fallback.
   */
  remember(tenant: string, stream: string, head: StreamHead): void {
    if (this.capacity <= 0) return;
    const k = key(tenant, stream);
    this.heads.delete(k);
    this.heads.set(k, head);
    if (this.heads.size > this.capacity) {
      this.heads.delete(this.heads.keys().next().value!);
    }
  }

  forget(tenant: string, stream: string): void {
    this.heads.delete(key(tenant, stream));
  }

  get size(): number {
    return this.heads.size;
  }
}

// PostgreSQL text cannot hold NUL, so no tenant or stream name contains the separator.
const key = (tenant: string, stream: string) => `${tenant}\u0000${stream}`;
