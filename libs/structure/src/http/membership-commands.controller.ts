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
import { AddMemberCommand, groupAggregate } from '../application';
import { AddMemberDto, ChangeMemberRoleDto, EndMembershipDto } from './dto/membership.dto';
import { MembershipCommandResponse } from './dto/responses';

/** Seats in a group: each has its own id, and lives in the group's stream (the ETag is the group's). */
@ApiTags('groups')
@RequiresPermission('structure.write')
@Controller('groups/:id/members')
export class MembershipCommandsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiIds('id')
  @CommandEndpoint('Give a person a seat, representing an organisation, in a role', {
    created: true,
    type: MembershipCommandResponse,
  })
  async add(
    @IdParam() groupId: string,
    @Body() body: AddMemberDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MembershipCommandResponse> {
    const command = new AddMemberCommand({ ...inputOf(body), groupId }, withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':membershipId/role')
  @ApiIds('id', 'membershipId')
  @CommandEndpoint('Change the role of a seat from a date')
  async changeRole(
    @IdParam() groupId: string,
    @IdParam('membershipId') membershipId: string,
    @Body() body: ChangeMemberRoleDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = Decide.on(
      groupAggregate,
      groupId,
      { type: 'ChangeMemberRole', data: { ...inputOf(body), groupId, membershipId } },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':membershipId/end')
  @ApiIds('id', 'membershipId')
  @CommandEndpoint('End a seat: `to` is the first day without it')
  async end(
    @IdParam() groupId: string,
    @IdParam('membershipId') membershipId: string,
    @Body() body: EndMembershipDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = Decide.on(
      groupAggregate,
      groupId,
      { type: 'EndMembership', data: { ...inputOf(body), groupId, membershipId } },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }
}
