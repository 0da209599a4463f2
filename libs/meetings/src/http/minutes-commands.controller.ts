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
import { meetingAggregate } from '../application';
import { ApproveMinutesDto, PostNoticeDto } from './dto/minutes-commands.dto';

/** The minutes' fate after the sitting: approval (justering) and public notice (anslag). */
@ApiTags('meetings')
@RequiresPermission('meetings.write')
@Controller('meetings/:id/minutes')
export class MinutesCommandsController {
  constructor(private readonly commands: CommandBus) {}

  @Post('approve')
  @ApiIds('id')
  @CommandEndpoint('Approve the minutes: the chair and adjusters who attended sign them')
  async approve(
    @IdParam() meetingId: string,
    @Body() body: ApproveMinutesDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = Decide.on(
      meetingAggregate,
      meetingId,
      { type: 'ApproveMinutes', data: { ...inputOf(body), meetingId } },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post('notice')
  @ApiIds('id')
  @CommandEndpoint('Post the notice of approved minutes, which starts the appeal period')
  async notice(
    @IdParam() meetingId: string,
    @Body() body: PostNoticeDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = Decide.on(
      meetingAggregate,
      meetingId,
      { type: 'PostNotice', data: { ...inputOf(body), meetingId } },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }
}
