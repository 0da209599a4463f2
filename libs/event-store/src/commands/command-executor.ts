import { randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import type { CommandContext, CommandResult, Message } from '@app/kernel';
import { WrongExpectedRevisionError } from '../errors';
import { NO_STREAM, exactly, type EventStore, type RecordedEvent } from '../event-store.port';
import { IDEMPOTENCY_NAMESPACE } from '../idempotency';
import type { Aggregate, Loaded } from './aggregate';
import { keptChanging, keyReused, staleRevision } from './command-errors';
import { envelopeOf, firstEventIdFor, requestDigest, resultOf } from './envelope';
import { runProcess, type ProcessSession, type ProcessSpec } from './process-runner';

/**
 * The write path every command handler takes: load the stream, decide, append at the revision
 * it was decided on. A lost race is decided again on the new state (a bounded number of times)
 * unless the client pinned the revision with If-Match, which then fails with 412. With an
 * Idempotency-Key, the command id and event ids derive from the key, so a repeat finds its own
 * events and answers the first result; the same key on another command is a 422.
 */
export class CommandExecutor {
  constructor(
    private readonly store: EventStore,
    /** Every round of a race has a winner, so up to this many concurrent writers all get through. */
    private readonly maxAttempts = 10,
  ) {}

  /** The id for an aggregate a command creates: derived from the Idempotency-Key when there is one. */
  newId(aggregate: { name: string }, context: CommandContext): string {
    const key = context.idempotencyKey;
    if (key === undefined) return randomUUID();
    return uuidv5(
      `${context.identity.municipality}\n${aggregate.name}\n${key}`,
      IDEMPOTENCY_NAMESPACE,
    );
  }

  async load<C extends Message, E extends Message, S>(
    tenant: string,
    aggregate: Aggregate<C, E, S>,
    id: string,
  ): Promise<Loaded<S>> {
    const { loaded } = await this.read(tenant, aggregate, id);
    return loaded;
  }

  async execute<C extends Message, E extends Message, S>(
    aggregate: Aggregate<C, E, S>,
    id: string,
    command: C,
    context: CommandContext,
  ): Promise<CommandResult> {
    const tenant = context.identity.municipality;
    const stream = aggregate.streamOf(id);
    const commandId = this.commandId(tenant, stream, command, context);
    for (let attempt = 1; ; attempt++) {
      const { loaded, events } = await this.read(tenant, aggregate, id);
      const repeated = this.findRepeat(stream, events, commandId, context);
      if (repeated) return { id, ...repeated };
      if (context.expectedRevision !== undefined && context.expectedRevision !== loaded.revision) {
        throw staleRevision(stream, context.expectedRevision, loaded.revision);
      }
      const decided = aggregate.decider.decide(command, loaded.state);
      if (decided.length === 0) return { id, ...resultOf(events.at(-1)) };
      try {
        const result = await this.store.append(
          tenant,
          stream,
          envelopeOf(aggregate, stream, decided, commandId, context),
          loaded.exists ? exactly(loaded.revision) : NO_STREAM,
        );
        return { id, revision: Number(result.revision), position: result.position.toString() };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (context.expectedRevision !== undefined) {
          throw staleRevision(stream, context.expectedRevision, Number(error.actual ?? -1n));
        }
        if (attempt >= this.maxAttempts) throw keptChanging(`${aggregate.name} ${id}`);
      }
    }
  }

  /**
   * A command that writes to several streams (see ProcessSession): the body loads through the
   * session, decides every stream before writing any, and appends in an order that leaves a
   * state a retry with the same Idempotency-Key completes.
   */
  async process<T extends CommandResult>(
    spec: ProcessSpec,
    context: CommandContext,
    body: (session: ProcessSession) => Promise<T>,
  ): Promise<T> {
    return runProcess(this.store, this.maxAttempts, spec, context, body);
  }

  private async read<C extends Message, E extends Message, S>(
    tenant: string,
    aggregate: Aggregate<C, E, S>,
    id: string,
  ) {
    const events = await this.store.readStream(tenant, aggregate.streamOf(id));
    const state = events.reduce(
      (current, event) =>
        aggregate.decider.evolve(current, { type: event.type, data: event.data } as E),
      aggregate.decider.initialState,
    );
    const loaded: Loaded<S> = { state, revision: events.length - 1, exists: events.length > 0 };
    return { loaded, events };
  }

  /** Same key, same request → its id; same key, other request → another id, caught by findRepeat. */
  private commandId(
    tenant: string,
    stream: string,
    command: Message,
    context: CommandContext,
  ): string {
    const key = context.idempotencyKey;
    if (key === undefined) return randomUUID();
    return uuidv5(
      `${tenant}\n${stream}\n${key}\n${requestDigest(context, command)}`,
      IDEMPOTENCY_NAMESPACE,
    );
  }

  private findRepeat(
    stream: string,
    events: RecordedEvent[],
    commandId: string,
    context: CommandContext,
  ) {
    const key = context.idempotencyKey;
    if (key === undefined) return undefined;
    const firstId = firstEventIdFor(context.identity.municipality, stream, key);
    const first = events.find((event) => event.id === firstId);
    if (!first) return undefined;
    if (first.metadata.causationId !== commandId) throw keyReused();
    return resultOf(events.filter((event) => event.metadata.causationId === commandId).at(-1));
  }
}
