import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandContext } from '@app/kernel';
import {
  ApiIds,
  CommandCtx,
  CommandEndpoint,
  IdParam,
  RequiresPermission,
  withBody,
  withEtag,
} from '@app/platform';
import {
  AmendModelCommand,
  EstablishModelCommand,
  ReplaceModelCommand,
  RetireModelCommand,
} from '../application';
import { AmendModelDto, EstablishModelDto, RetireModelDto } from './dto/model.dto';
import { ReplaceModelDto } from './dto/model-replacement.dto';
import { toModelFields } from './dto/model-fields';
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
  ) {
    const command = new EstablishModelCommand(toModelFields(body), withBody(context, body));
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
  ) {
    const { name, purpose, principles, focusAreas, decidedBy, on } = body;
    const command = new AmendModelCommand(
      { modelId, name, purpose, principles, focusAreas, decidedBy, on },
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
  ) {
    const command = new ReplaceModelCommand(
      {
        modelId,
        successor: body.successor
          ? { kind: 'new', model: toModelFields(body.successor) }
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
  ) {
    const command = new RetireModelCommand({ modelId, on: body.on }, withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }
}
