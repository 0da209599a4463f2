import { cadenceOf } from './dto/cadence-of';
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
  DissolveGroupCommand,
  FormGroupCommand,
  JoinModelCommand,
  LeaveModelCommand,
  MergeGroupsCommand,
  MoveGroupCommand,
  groupAggregate,
} from '../application';
import {
  DissolveGroupDto,
  FormGroupDto,
  JoinModelDto,
  LeaveModelDto,
  MoveGroupDto,
  ReMandateGroupDto,
} from './dto/group.dto';
import { MergeGroupsDto } from './dto/merge.dto';

@ApiTags('groups')
@RequiresPermission('structure.write')
@Controller('groups')
export class GroupCommandsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandEndpoint('Form a group in a model, optionally below another, or outside any model', {
    created: true,
  })
  async form(
    @Body() body: FormGroupDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new FormGroupCommand(
      { ...inputOf(body), cadence: cadenceOf(body.cadence) },
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
  ): Promise<CommandResponse> {
    const command = new MergeGroupsCommand(
      {
        sourceIds: body.sourceIds,
        target: body.target
          ? {
              kind: 'new',
              group: { ...inputOf(body.target), cadence: cadenceOf(body.target.cadence) },
            }
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
  ): Promise<CommandResponse> {
    const command = Decide.on(
      groupAggregate,
      groupId,
      {
        type: 'ReMandateGroup',
        data: { ...inputOf(body), groupId, cadence: cadenceOf(body.cadence) },
      },
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
  ): Promise<CommandResponse> {
    const command = new MoveGroupCommand({ ...inputOf(body), groupId }, withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/join-model')
  @ApiIds('id')
  @CommandEndpoint('A group outside any model joins one from a date, at its top level')
  async joinModel(
    @IdParam() groupId: string,
    @Body() body: JoinModelDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new JoinModelCommand({ ...inputOf(body), groupId }, withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/leave-model')
  @ApiIds('id')
  @CommandEndpoint('The group leaves its model on a date and goes on outside any model')
  async leaveModel(
    @IdParam() groupId: string,
    @Body() body: LeaveModelDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new LeaveModelCommand({ ...inputOf(body), groupId }, withBody(context, body));
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
  ): Promise<CommandResponse> {
    const command = new DissolveGroupCommand(
      { ...inputOf(body), groupId },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }
}
