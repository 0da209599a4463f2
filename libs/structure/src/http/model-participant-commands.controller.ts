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
import { AddParticipantCommand, modelAggregate } from '../application';
import { AddParticipantDto, WithdrawParticipantDto } from './dto/model.dto';

@ApiTags('models')
@RequiresPermission('structure.write')
@Controller('models/:id/participants')
export class ModelParticipantCommandsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiIds('id')
  @CommandEndpoint('An organisation joins the model from a date')
  async add(
    @IdParam() modelId: string,
    @Body() body: AddParticipantDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new AddParticipantCommand(
      { ...inputOf(body), modelId },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':orgId/leave')
  @ApiIds('id', 'orgId')
  @CommandEndpoint('An organisation leaves the model on a date')
  async leave(
    @IdParam() modelId: string,
    @IdParam('orgId') organisationId: string,
    @Body() body: WithdrawParticipantDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = Decide.on(
      modelAggregate,
      modelId,
      { type: 'WithdrawParticipant', data: { ...inputOf(body), modelId, organisationId } },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }
}
