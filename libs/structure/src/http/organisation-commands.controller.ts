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
import { RegisterOrganisationCommand, organisationAggregate } from '../application';
import {
  DissolveOrganisationDto,
  RegisterOrganisationDto,
  RenameOrganisationDto,
  SetMeetingTermsDto,
} from './dto/organisation.dto';
import { cadenceOf } from './dto/cadence-of';

@ApiTags('organisations')
@RequiresPermission('structure.write')
@Controller('organisations')
export class OrganisationCommandsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandEndpoint('Register an organisation: municipality, board, administration, …', {
    created: true,
  })
  async register(
    @Body() body: RegisterOrganisationDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new RegisterOrganisationCommand(
      { ...inputOf(body), cadence: cadenceOf(body.cadence) },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/rename')
  @ApiIds('id')
  @CommandEndpoint('Rename an organisation from a date')
  async rename(
    @IdParam() organisationId: string,
    @Body() body: RenameOrganisationDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = Decide.on(
      organisationAggregate,
      organisationId,
      { type: 'RenameOrganisation', data: { ...inputOf(body), organisationId } },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/meeting-terms')
  @ApiIds('id')
  @CommandEndpoint(
    "Set a board's or committee's meeting terms from a date: records (minutes or notes) and cadence",
  )
  async setMeetingTerms(
    @IdParam() organisationId: string,
    @Body() body: SetMeetingTermsDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = Decide.on(
      organisationAggregate,
      organisationId,
      {
        type: 'SetMeetingTerms',
        data: { ...inputOf(body), organisationId, cadence: cadenceOf(body.cadence) },
      },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/dissolve')
  @ApiIds('id')
  @CommandEndpoint('Dissolve an organisation on a date')
  async dissolve(
    @IdParam() organisationId: string,
    @Body() body: DissolveOrganisationDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = Decide.on(
      organisationAggregate,
      organisationId,
      { type: 'DissolveOrganisation', data: { ...inputOf(body), organisationId } },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }
}
