import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext, CommandResult, Message } from '@app/kernel';
import type { Aggregate } from './aggregate';
import { CommandExecutor } from './command-executor';

/**
 * The one path of every single-stream command: decide on one aggregate, append. Sent through
 * the CommandBus like any other command; a use case with something of its own to say (several
 * streams, facts loaded from other streams, an id it makes) has a handler of its own instead.
 *
 *   commands.execute(Decide.on(groupAggregate, groupId, { type: 'DissolveGroup', data }, context))
 */
export class Decide extends Command<CommandResult> {
  private constructor(readonly run: (executor: CommandExecutor) => Promise<CommandResult>) {
    super();
  }

  /** The command is checked against the aggregate's own command union. */
  static on<C extends Message, E extends Message, S>(
    aggregate: Aggregate<C, E, S>,
    id: string,
    command: NoInfer<C>,
    context: CommandContext,
  ): Decide {
    return new Decide((executor) => executor.execute(aggregate, id, command, context));
  }
}

/**
 * A command with a handler of its own: the client's input (typed from the domain's command,
 * `Omit<MoveGroup['data'], 'parent'>`, so that the type checker leads from a new field to every
 * place that must say something about it) and its context.
 */
export abstract class UseCase<I, R extends CommandResult = CommandResult> extends Command<R> {
  constructor(
    readonly input: I,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(Decide)
export class DecideHandler implements ICommandHandler<Decide> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(command: Decide): Promise<CommandResult> {
    return command.run(this.executor);
  }
}
