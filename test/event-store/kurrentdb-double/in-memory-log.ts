/**
 * The state of the KurrentDB double: one transaction log ($all) and its per-stream views.
 * Semantics follow the server where the adapter depends on them: expected-revision checks,
 * event-id idempotency, inclusive forward reads of $all and exclusive subscription starts.
 */

export interface ProposedEvent {
  id: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  metadata: Uint8Array;
}

export interface StoredEvent extends ProposedEvent {
  stream: string;
  revision: bigint;
  /** Commit and prepare position are equal, as for the server's implicit transactions. */
  position: bigint;
  /** .NET ticks (100 ns) since the Unix epoch, as the server sends `created`. */
  created: bigint;
}

export type ExpectedState =
  | { kind: 'any' }
  | { kind: 'no-stream' }
  | { kind: 'stream-exists' }
  | { kind: 'revision'; revision: bigint };

export type AppendOutcome =
  | { kind: 'success'; revision: bigint | null; position: bigint | null }
  | { kind: 'wrong-expected-version'; current: bigint | null };

export type LogPointer = 'start' | 'end' | bigint;

export interface EventFilter {
  on: 'stream' | 'type';
  regex?: RegExp;
  prefixes: string[];
}

const TICKS_PER_MS = 10_000n;
/** Positions advance by a record's size, as byte offsets in the server's log do. */
const RECORD_OVERHEAD = 97n;

export class InMemoryLog {
  private readonly all: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly listeners = new Set<(event: StoredEvent) => void>();
  private nextPosition = 0n;
  private interference: (() => void) | undefined;

  /** `now` in milliseconds; a test may fix it to control the `created` the server reports. */
  constructor(private readonly now: () => number = Date.now) {
    // A real server's log never starts empty; adapters must skip what is not theirs.
    this.write('$settings', [
      {
        id: '00000000-0000-4000-8000-000000000001',
        type: '$settings',
        contentType: 'application/json',
        data: Buffer.from('{}'),
        metadata: new Uint8Array(),
      },
    ]);
  }

  /** Runs `write` just before the next append is applied: another writer winning a race. */
  interfereOnce(write: () => void): void {
    this.interference = write;
  }

  append(stream: string, expected: ExpectedState, events: ProposedEvent[]): AppendOutcome {
    const interference = this.interference;
    this.interference = undefined;
    interference?.();
    const existing = this.streams.get(stream) ?? [];
    const current = existing.length === 0 ? null : BigInt(existing.length - 1);
    const wrong: AppendOutcome = { kind: 'wrong-expected-version', current };
    if (expected.kind === 'stream-exists' && current === null) return wrong;

    if (expected.kind === 'any' || expected.kind === 'stream-exists') {
      const start = existing.findIndex((event) => event.id === events[0]?.id);
      if (start >= 0) return this.replay(existing, start, events) ?? wrong;
    } else {
      const after = expected.kind === 'no-stream' ? -1n : expected.revision;
      const last = current ?? -1n;
      if (after > last) return wrong;
      if (after < last) return this.replay(existing, Number(after + 1n), events) ?? wrong;
    }
    if (events.length === 0) return { kind: 'success', revision: current, position: null };
    const written = this.write(stream, events);
    const tail = written[written.length - 1]!;
    return { kind: 'success', revision: tail.revision, position: tail.position };
  }

  /** Events already at those revisions with those ids: the server answers success, writes nothing. */
  private replay(
    existing: StoredEvent[],
    start: number,
    events: ProposedEvent[],
  ): AppendOutcome | null {
    const matches = events.every((event, i) => existing[start + i]?.id === event.id);
    if (!matches || events.length === 0) return null;
    return { kind: 'success', revision: BigInt(start + events.length - 1), position: null };
  }

  private write(stream: string, events: ProposedEvent[]): StoredEvent[] {
    const existing = this.streams.get(stream) ?? [];
    this.streams.set(stream, existing);
    const created = BigInt(this.now()) * TICKS_PER_MS;
    const written = events.map((event) => {
      const stored: StoredEvent = {
        ...event,
        stream,
        revision: BigInt(existing.length),
        position: this.nextPosition,
        created,
      };
      this.nextPosition +=
        RECORD_OVERHEAD + BigInt(event.data.length + event.metadata.length + stream.length);
      existing.push(stored);
      this.all.push(stored);
      return stored;
    });
    for (const event of written) for (const listener of this.listeners) listener(event);
    return written;
  }

  /** Null when the stream does not exist. `from` is inclusive in both directions. */
  readStream(
    stream: string,
    direction: 'forwards' | 'backwards',
    from: LogPointer,
    count: number,
  ): StoredEvent[] | null {
    const events = this.streams.get(stream);
    if (!events) return null;
    if (direction === 'forwards') {
      const start = from === 'start' ? 0 : from === 'end' ? events.length : Number(from);
      return events.slice(start, start + count);
    }
    const end = from === 'end' ? events.length - 1 : from === 'start' ? 0 : Number(from);
    return events.slice(Math.max(0, end - count + 1), Math.min(end + 1, events.length)).reverse();
  }

  /** Forwards from a position includes the event at it; backwards yields events before it. */
  readAll(
    direction: 'forwards' | 'backwards',
    from: LogPointer,
    count: number,
    filter?: EventFilter,
  ): StoredEvent[] {
    const accept = (event: StoredEvent) => !filter || matchesFilter(filter, event);
    if (direction === 'forwards') {
      const lower = from === 'start' ? -1n : from === 'end' ? this.nextPosition : from - 1n;
      return this.all.filter((e) => e.position > lower && accept(e)).slice(0, count);
    }
    const upper = from === 'end' || from === 'start' ? this.nextPosition : from;
    const before = from === 'start' ? [] : this.all.filter((e) => e.position < upper && accept(e));
    return before.reverse().slice(0, count);
  }

  /** Subscriptions start after `from`: the event at that position was the subscriber's last. */
  after(from: LogPointer, filter?: EventFilter): StoredEvent[] {
    if (from === 'end') return [];
    const lower = from === 'start' ? -1n : from;
    return this.all.filter((e) => e.position > lower && (!filter || matchesFilter(filter, e)));
  }

  listen(listener: (event: StoredEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Rewrites stored bytes behind the adapter's back, as an attacker with disk access could. */
  tamper(stream: string, revision: bigint, change: (data: unknown) => unknown): void {
    const event = this.streams.get(stream)?.[Number(revision)];
    if (!event) throw new Error(`no event ${stream}@${revision} to tamper with`);
    const data: unknown = JSON.parse(Buffer.from(event.data).toString('utf8'));
    event.data = Buffer.from(JSON.stringify(change(data)), 'utf8');
  }
}

export function matchesFilter(filter: EventFilter, event: StoredEvent): boolean {
  const subject = filter.on === 'stream' ? event.stream : event.type;
  if (filter.regex && filter.regex.test(subject)) return true;
  return filter.prefixes.some((prefix) => subject.startsWith(prefix));
}
