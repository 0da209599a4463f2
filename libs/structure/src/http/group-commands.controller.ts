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
  DissolveGroupCommand,
  FormGroupCommand,
  MergeGroupsCommand,
  MoveGroupCommand,
  ReMandateGroupCommand,
} from '../application';
import {
  DissolveGroupDto,
  FormGroupDto,
  MoveGroupDto,
  ReMandateGroupDto,
  type CadenceDto,
  type GroupFieldsDto,
} from './dto/group.dto';
import { MergeGroupsDto } from './dto/merge.dto';
import type { Cadence } from '../domain';

@ApiTags('groups')
@RequiresPermission('structure.write')
@Controller('groups')
export class GroupCommandsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandEndpoint('Form a group in a model, optionally below another', { created: true })
  async form(
    @Body() body: FormGroupDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { modelId, formedOn } = body;
    const command = new FormGroupCommand(
      { ...groupFields(body), modelId, formedOn },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  /** Declared before the `:id` routes only for readability: `merge` has no id segment. */
  @Post('merge')
  @CommandEndpoint('Merge groups into an existing group (200) or a new one (201)')
  async merge(
    @Body() body: MergeGroupsDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    const command = new MergeGroupsCommand(
      {
        sourceIds: body.sourceIds,
        target: body.target
          ? { kind: 'new', group: groupFields(body.target) }
          : { kind: 'existing', groupId: body.targetId! },
        on: body.on,
      },
      withBody(context, body),
    );
    const result = await this.commands.execute(command);
    if (body.target) response.status(201);
    return withEtag(response, result);
  }

  @Post(':id/mandate')
  @ApiIds('id')
  @CommandEndpoint('Give the group a new mandate from a date')
  async mandate(
    @IdParam() groupId: string,
    @Body() body: ReMandateGroupDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { mandate, focusArea, records, on } = body;
    const command = new ReMandateGroupCommand(
      { groupId, mandate, focusArea, cadence: cadenceOf(body.cadence), records, on },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/move')
  @ApiIds('id')
  @CommandEndpoint('Move the group below another parent (or to the top) from a date')
  async move(
    @IdParam() groupId: string,
    @Body() body: MoveGroupDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    const command = new MoveGroupCommand(
      { groupId, parentId: body.parentId, on: body.on },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/dissolve')
  @ApiIds('id')
  @CommandEndpoint('Dissolve the group on a date; its open seats end with it')
  async dissolve(
    @IdParam() groupId: string,
    @Body() body: DissolveGroupDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ) {
    const command = new DissolveGroupCommand({ groupId, on: body.on }, withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }
}

function groupFields(body: GroupFieldsDto) {
  const { kind, name, parentId, mandate, focusArea, records } = body;
  return { kind, name, parentId, mandate, focusArea, cadence: cadenceOf(body.cadence), records };
}

/** Left out stays left out, null stays null: the two mean different things to a re-mandate. */
function cadenceOf(cadence: CadenceDto | null | undefined): Cadence | null | undefined {
  if (!cadence) return cadence;
  const { minWeeks, maxWeeks, count, per } = cadence;
  // Plain data with only the fields given: the decider tells the two forms apart by them.
  return JSON.parse(JSON.stringify({ minWeeks, maxWeeks, count, per })) as Cadence;
}
