import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import type { CommandContext, CommandResult, Message } from '@app/kernel';
import { WrongExpectedRevisionError } from '../errors';
import { NO_STREAM, exactly, type EventStore, type RecordedEvent } from '../event-store.port';
import { IDEMPOTENCY_NAMESPACE } from '../idempotency';
import type { Aggregate, Loaded } from './aggregate';
import { keptChanging, keyReused, resumedTooLate, staleRevision } from './command-errors';
import { envelopeOf, firstEventIdFor, requestDigest, resultOf } from './envelope';

/**
 * Thrown by a process that read a state another process is still writing (say, a group on a
 * roster whose own stream has no event yet): like a lost race, it is decided again, and after
 * the last attempt the client gets 409 CONCURRENCY.CONFLICT.
 */
export class ProcessInFlightError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProcessInFlightError';
  }
}

/** A command that writes to several streams: its name and the client's request are its identity. */
export interface ProcessSpec {
  name: string;
  /** What an in-process caller's Idempotency-Key binds to when the context has no `request`. */
  request: unknown;
  /** The resource the client addressed, which If-Match refers to. */
  target?: { aggregate: { streamOf(id: string): string }; id: string };
}

interface StreamRead {
  revision: number;
  /** This process's events already in the stream: written by an earlier, interrupted try. */
  mine: RecordedEvent[];
  last: RecordedEvent | undefined;
  appended: boolean;
  /** Others wrote here after the resumed process began: its decision may be out of date. */
  movedOn: boolean;
}

/**
 * One try of a multi-stream command. The port has no transaction across streams, so a process
 * is made resumable instead of atomic: every event it writes carries the process id as its
 * causation id (derived from the Idempotency-Key and the input when there is one), a stream it
 * already wrote is decided again on the state it had before, and appending to it again is
 * skipped. A retry with the same key therefore decides the same events and writes only what is
 * missing. Handlers append the serialising stream (the one other commands race on) first.
 */
export class ProcessSession {
  private readonly reads = new Map<string, StreamRead>();
  private lastPosition: bigint | undefined;
  /** The newest event any state loaded so far was folded from. */
  private newestUsed = -1n;

  constructor(
    private readonly store: EventStore,
    private readonly processId: string,
    private readonly spec: ProcessSpec,
    private readonly context: CommandContext,
    /** Where an earlier try of this process first wrote; shared by the tries of one command. */
    private readonly horizon: { position?: bigint } = {},
  ) {}

  async load<C extends Message, E extends Message, S>(
    aggregate: Aggregate<C, E, S>,
    id: string,
  ): Promise<Loaded<S>> {
    const stream = aggregate.streamOf(id);
    const events = await this.store.readStream(this.context.identity.municipality, stream);
    this.refuseReusedKey(stream, events);
    const mine = events.filter((event) => event.metadata.causationId === this.processId);
    if (mine.length > 0) this.resumeFrom(mine[0].position);
    // A resumed process decides every stream on the state it had when the process first wrote,
    // not only the streams it wrote: a parent dissolved since must not fail the repeat.
    const horizon = this.horizon.position;
    const before = horizon === undefined ? events : events.filter((e) => e.position < horizon);
    const newest = before.at(-1)?.position;
    if (newest !== undefined && newest > this.newestUsed) this.newestUsed = newest;
    const revision = events.length - 1;
    this.checkIfMatch(stream, revision, mine.length > 0);
    const movedOn = before.length + mine.length < events.length;
    this.reads.set(stream, { revision, mine, last: events.at(-1), appended: false, movedOn });
    const state = before.reduce(
      (current, event) =>
        aggregate.decider.evolve(current, { type: event.type, data: event.data } as E),
      aggregate.decider.initialState,
    );
    return { state, revision: before.length - 1, exists: before.length > 0 };
  }

  /** Appends at the revision `load` saw; a stream this process already wrote is left alone. */
  async append<C extends Message, E extends Message, S>(
    aggregate: Aggregate<C, E, S>,
    id: string,
    events: readonly E[],
  ): Promise<CommandResult> {
    const stream = aggregate.streamOf(id);
    const read = this.reads.get(stream);
    if (!read) throw new Error(`${this.spec.name}: ${stream} must be loaded before it is written`);
    if (read.appended) throw new Error(`${this.spec.name}: ${stream} is written once per process`);
    read.appended = true;
    if (read.mine.length > 0) return this.record(id, resultOf(read.mine.at(-1)));
    if (read.movedOn && events.length > 0) throw resumedTooLate(this.spec.name, stream);
    if (events.length === 0) return { id, ...resultOf(read.last) };
    const result = await this.store.append(
      this.context.identity.municipality,
      stream,
      envelopeOf(aggregate, stream, events, this.processId, this.context),
      read.revision >= 0 ? exactly(read.revision) : NO_STREAM,
    );
    return this.record(id, {
      revision: Number(result.revision),
      position: result.position.toString(),
    });
  }

  /** The position of the process's last event, so that reading with it sees every stream. */
  get position(): string | undefined {
    return this.lastPosition?.toString();
  }

  private record(id: string, result: { revision: number; position: string }): CommandResult {
    const position = BigInt(result.position);
    if (this.lastPosition === undefined || position > this.lastPosition)
      this.lastPosition = position;
    return { id, ...result };
  }

  /** Moves the horizon back to this process's first event; states folded past it are decided again. */
  private resumeFrom(position: bigint): void {
    if (this.horizon.position !== undefined && this.horizon.position <= position) return;
    this.horizon.position = position;
    if (this.newestUsed >= position) {
      throw new ProcessInFlightError(
        `${this.spec.name}: resuming; deciding again as of its first write`,
      );
    }
  }

  private refuseReusedKey(stream: string, events: readonly RecordedEvent[]): void {
    const key = this.context.idempotencyKey;
    if (key === undefined) return;
    const firstId = firstEventIdFor(this.context.identity.municipality, stream, key);
    const first = events.find((event) => event.id === firstId);
    if (first && first.metadata.causationId !== this.processId) throw keyReused();
  }

  private checkIfMatch(stream: string, revision: number, resumed: boolean): void {
    const expected = this.context.expectedRevision;
    const target = this.spec.target;
    if (expected === undefined || !target || resumed) return;
    if (target.aggregate.streamOf(target.id) !== stream) return;
    if (expected !== revision) throw staleRevision(stream, expected, revision);
  }
}

/**
 * Runs `body` (load, decide every stream, append in order) until it gets through: a lost race
 * on any stream decides the whole process again on the new states, a bounded number of times.
 * The answer's position is the process's last event's, whichever stream the answer names.
 */
export async function runProcess<T extends CommandResult>(
  store: EventStore,
  maxAttempts: number,
  spec: ProcessSpec,
  context: CommandContext,
  body: (session: ProcessSession) => Promise<T>,
): Promise<T> {
  const processId = processIdOf(spec, context);
  const horizon: { position?: bigint } = {};
  for (let attempt = 1; ; attempt++) {
    const session = new ProcessSession(store, processId, spec, context, horizon);
    try {
      const result = await body(session);
      return { ...result, position: session.position ?? result.position };
    } catch (error) {
      const inFlight = error instanceof ProcessInFlightError;
      if (!inFlight && !(error instanceof WrongExpectedRevisionError)) throw error;
      if (attempt >= maxAttempts) throw keptChanging(spec.name);
      // The other writer needs a moment to finish, not a tight loop of reads.
      if (inFlight) await new Promise((resolve) => setTimeout(resolve, 5 * attempt));
    }
  }
}

/** Same key and same request → the same id, which is how a retry finds what it wrote before. */
function processIdOf(spec: ProcessSpec, context: CommandContext): string {
  const key = context.idempotencyKey;
  if (key === undefined) return randomUUID();
  return uuidv5(
    `${context.identity.municipality}\nprocess:${spec.name}\n${key}\n${requestDigest(context, spec.request)}`,
    IDEMPOTENCY_NAMESPACE,
  );
}
