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
import { EstablishModelCommand, ReplaceModelCommand, modelAggregate } from '../application';
import { AmendModelDto, EstablishModelDto, RetireModelDto } from './dto/model.dto';
import { ReplaceModelDto } from './dto/model-replacement.dto';
import { ReplacementCommandResponse } from './dto/responses';

@ApiTags('models')
@RequiresPermission('structure.write')
@Controller('models')
export class ModelCommandsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandEndpoint('Establish a collaboration model', { created: true })
  async establish(
    @Body() body: EstablishModelDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new EstablishModelCommand(inputOf(body), withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/amend')
  @ApiIds('id')
  @CommandEndpoint('Amend name, purpose, principles or focus areas from a date')
  async amend(
    @IdParam() modelId: string,
    @Body() body: AmendModelDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = Decide.on(
      modelAggregate,
      modelId,
      { type: 'AmendModel', data: { ...inputOf(body), modelId } },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/replace')
  @ApiIds('id')
  @CommandEndpoint('Replace the model: a successor, and for every group transfer or dissolve', {
    type: ReplacementCommandResponse,
  })
  async replace(
    @IdParam() modelId: string,
    @Body() body: ReplaceModelDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReplacementCommandResponse> {
    const command = new ReplaceModelCommand(
      {
        modelId,
        successor: body.successor
          ? { kind: 'new', model: inputOf(body.successor) }
          : { kind: 'existing', modelId: body.successorId! },
        effectiveOn: body.effectiveOn,
        groups: body.groups.map(({ groupId, action, parentId }) =>
          action === 'transfer' ? { groupId, action, parentId } : { groupId, action },
        ),
      },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/retire')
  @ApiIds('id')
  @CommandEndpoint('Retire the model (its groups dissolved or moved first)')
  async retire(
    @IdParam() modelId: string,
    @Body() body: RetireModelDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = Decide.on(
      modelAggregate,
      modelId,
      { type: 'RetireModel', data: { ...inputOf(body), modelId } },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }
}
