import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Decide } from '@app/event-store';
import type { CommandContext } from '@app/kernel';
import {
  ApiIds,
  CommandCtx,
  CommandEndpoint,
  CommandResponse,
  IdParam,
  inputOf,
  RequiresPermission,
  withBody,
  withEtag,
} from '@app/platform';
import {
  AbolishPostCommand,
  AppointPostHolderCommand,
  EstablishPostCommand,
  postAggregate,
} from '../application';
import {
  AbolishPostDto,
  AppointPostHolderDto,
  EstablishPostDto,
  PostHolderLeavesDto,
  RenamePostDto,
} from './dto/post.dto';

/** Posts: named offices in an organisation, and who holds them over time. */
@ApiTags('posts')
@RequiresPermission('structure.write')
@Controller('posts')
export class PostCommandsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandEndpoint('Establish a post: a named office in an organisation', { created: true })
  async establish(
    @Body() body: EstablishPostDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new EstablishPostCommand(inputOf(body), withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/holders')
  @ApiIds('id')
  @CommandEndpoint('Appoint a holder from a date (the previous holder leaves that day)')
  async appoint(
    @IdParam() postId: string,
    @Body() body: AppointPostHolderDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new AppointPostHolderCommand(
      { ...inputOf(body), postId },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/holder/leave')
  @ApiIds('id')
  @CommandEndpoint('The holder leaves the post on a date: from then on no holder is known')
  async leave(
    @IdParam() postId: string,
    @Body() body: PostHolderLeavesDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = Decide.on(
      postAggregate,
      postId,
      { type: 'PostHolderLeaves', data: { ...inputOf(body), postId } },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/abolish')
  @ApiIds('id')
  @CommandEndpoint('Abolish a post on a date')
  async abolish(
    @IdParam() postId: string,
    @Body() body: AbolishPostDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new AbolishPostCommand({ ...inputOf(body), postId }, withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/rename')
  @ApiIds('id')
  @CommandEndpoint('Rename the post from a date (the name before holds until then)')
  async rename(
    @IdParam() postId: string,
    @Body() body: RenamePostDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = Decide.on(
      postAggregate,
      postId,
      { type: 'RenamePost', data: { ...inputOf(body), postId } },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }
}
