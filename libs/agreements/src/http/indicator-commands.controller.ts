import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandContext } from '@app/kernel';
import { CommandResponse, inputOf } from '@app/platform';
import {
  ApiIds,
  CommandCtx,
  CommandEndpoint,
  IdParam,
  RequiresPermission,
  withBody,
  withEtag,
} from '@app/platform';
import { Decide } from '@app/event-store';
import { indicatorAggregate } from '../application/aggregates';
import { DefineIndicatorCommand } from '../application/commands';
import type { RecordIndicatorValues } from '../domain';
import { DefineIndicatorDto, RecordIndicatorValuesDto } from './dto/indicator.dto';
import { IndicatorOwners } from './owners';

/** Indicators of an agreement's assignments and goals, and their values with provenance. */
@ApiTags('indicators')
@Controller('indicators')
@RequiresPermission('agreements.write', { owners: IndicatorOwners })
export class IndicatorCommandsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandEndpoint('Define an indicator attached to an assignment or a goal', { created: true })
  async define(
    @Body() body: DefineIndicatorDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new DefineIndicatorCommand(inputOf(body), withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/values')
  @ApiIds('id')
  @CommandEndpoint('Record values per period (T/K/M) with their provenance')
  async values(
    @IdParam() indicatorId: string,
    @Body() body: RecordIndicatorValuesDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = Decide.on(
      indicatorAggregate,
      indicatorId,
      // A value's municipality left out is the agreement's own activity (null): the decider says so.
      {
        type: 'RecordIndicatorValues',
        data: { ...inputOf(body), indicatorId } as RecordIndicatorValues['data'],
      },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }
}
