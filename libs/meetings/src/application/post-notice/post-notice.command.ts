import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '@app/kernel';
import type { PostNotice } from '../../domain';

/** The notice of approved minutes on the notice board, which starts the appeal period. */
export type PostNoticeInput = PostNotice['data'];

export class PostNoticeCommand extends Command<CommandResult> {
  constructor(
    readonly input: PostNoticeInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
