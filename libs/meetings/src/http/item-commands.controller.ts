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
  RequiresPermission,
  withBody,
  withEtag,
  inputOf,
} from '@app/platform';
import {
  AmendItemCommand,
  RecordItemCommand,
  RemoveItemCommand,
  meetingAggregate,
} from '../application';
import {
  AmendItemDto,
  ItemCommandResponse,
  RecordItemDto,
  RemoveItemDto,
} from './dto/item-commands.dto';
import { CorrectItemDto } from './dto/minutes-commands.dto';

/** Items live in their meeting's stream: every answer's id and ETag are the meeting's. */
@ApiTags('meetings')
@RequiresPermission('meetings.write')
@Controller('meetings/:id/items')
export class ItemCommandsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiIds('id')
  @CommandEndpoint(
    'Record an agenda item (§): its number is unique per body and year; motions and decision once held',
    { created: true, type: ItemCommandResponse },
  )
  async record(
    @IdParam() meetingId: string,
    @Body() body: RecordItemDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ItemCommandResponse> {
    const command = new RecordItemCommand({ ...inputOf(body), meetingId }, withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':itemId/amend')
  @ApiIds('id', 'itemId')
  @CommandEndpoint('Amend an item before approval: only the fields sent change')
  async amend(
    @IdParam() meetingId: string,
    @IdParam('itemId') itemId: string,
    @Body() body: AmendItemDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new AmendItemCommand(
      { meetingId, itemId, changes: inputOf(body) },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':itemId/remove')
  @ApiIds('id', 'itemId')
  @CommandEndpoint('Remove an item before approval; its number is free again')
  async remove(
    @IdParam() meetingId: string,
    @IdParam('itemId') itemId: string,
    @Body() body: RemoveItemDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new RemoveItemCommand({ meetingId, itemId }, withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':itemId/correct')
  @ApiIds('id', 'itemId')
  @CommandEndpoint('Correct a text of approved minutes, saying why; the text it replaces is kept')
  async correct(
    @IdParam() meetingId: string,
    @IdParam('itemId') itemId: string,
    @Body() body: CorrectItemDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = Decide.on(
      meetingAggregate,
      meetingId,
      { type: 'CorrectItem', data: { ...inputOf(body), meetingId, itemId } },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }
}
