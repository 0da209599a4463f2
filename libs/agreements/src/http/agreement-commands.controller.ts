import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Decide } from '@app/event-store';
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
import { agreementAggregate } from '../application/aggregates';
import type {
  AddAgreementGoal,
  AgreementCommand,
  ReviseAgreement,
  SetAgreementEconomy,
} from '../domain';
import {
  AddAgreementAssignmentCommand,
  DraftAgreementCommand,
  type AddAgreementAssignmentInput,
  type DraftAgreementInput,
} from '../application/commands';
import {
  AddAgreementAssignmentDto,
  AddGoalDto,
  AdoptAgreementDto,
  DraftAgreementDto,
  RecordFollowUpDto,
  ReviseAgreementDto,
  SetEconomyDto,
  TerminateAgreementDto,
} from './dto/agreement.dto';
import { AgreementOwners } from './owners';

/**
 * Agreements between boards and administrations: drafted, filled in, adopted, revised, followed
 * up. Where a DTO leaves out what the decider defaults (lists empty, texts null), its data is
 * cast to the command's: the decider checks every field.
 */
@ApiTags('agreements')
@Controller('agreements')
@RequiresPermission('agreements.write', { owners: AgreementOwners })
export class AgreementCommandsController {
  constructor(private readonly commands: CommandBus) {}

  /** A command decided on the agreement's stream; the answer's ETag is the stream's revision. */
  private async decide(
    agreementId: string,
    command: AgreementCommand,
    context: CommandContext,
    response: Response,
  ): Promise<CommandResponse> {
    const decided = Decide.on(agreementAggregate, agreementId, command, context);
    return withEtag(response, await this.commands.execute(decided));
  }

  @Post()
  @CommandEndpoint('Draft an agreement: parties, validity, scope and sections', { created: true })
  async draft(
    @Body() body: DraftAgreementDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new DraftAgreementCommand(
      // The decider checks every field: lists left out are empty, optional texts null.
      inputOf(body) as DraftAgreementInput,
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/assignments')
  @ApiIds('id')
  @CommandEndpoint(
    'Add a base or special assignment to a draft, with its headed parts and follow-up plan; ' +
      'it enters the register of assignments (answers its id)',
    { created: true },
  )
  async addAssignment(
    @IdParam() agreementId: string,
    @Body() body: AddAgreementAssignmentDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const input = { ...inputOf(body), agreementId } as AddAgreementAssignmentInput;
    const command = new AddAgreementAssignmentCommand(input, withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/economy')
  @ApiIds('id')
  @CommandEndpoint("Set a draft's economy: lines per activity and economic follow-ups")
  async economy(
    @IdParam() agreementId: string,
    @Body() body: SetEconomyDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command: AgreementCommand = {
      type: 'SetAgreementEconomy',
      data: { ...inputOf(body), agreementId } as SetAgreementEconomy['data'],
    };
    return this.decide(agreementId, command, withBody(context, body), response);
  }

  @Post(':id/goals')
  @ApiIds('id')
  @CommandEndpoint('Add a council or board goal with its desired results to a draft')
  async goal(
    @IdParam() agreementId: string,
    @Body() body: AddGoalDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command: AgreementCommand = {
      type: 'AddAgreementGoal',
      data: { ...inputOf(body), agreementId } as AddAgreementGoal['data'],
    };
    return this.decide(agreementId, command, withBody(context, body), response);
  }

  @Post(':id/adopt')
  @ApiIds('id')
  @CommandEndpoint('Adopt a draft, naming the decision that adopted it')
  async adopt(
    @IdParam() agreementId: string,
    @Body() body: AdoptAgreementDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command: AgreementCommand = {
      type: 'AdoptAgreement',
      data: { ...inputOf(body), agreementId },
    };
    return this.decide(agreementId, command, withBody(context, body), response);
  }

  @Post(':id/revisions')
  @ApiIds('id')
  @CommandEndpoint('Revise an agreement in force from a date, saying why (reason is required)')
  async revise(
    @IdParam() agreementId: string,
    @Body() body: ReviseAgreementDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command: AgreementCommand = {
      type: 'ReviseAgreement',
      data: {
        ...inputOf(body),
        agreementId,
        reason: body.reason ?? '',
      } as ReviseAgreement['data'],
    };
    return this.decide(agreementId, command, withBody(context, body), response);
  }

  @Post(':id/follow-ups')
  @ApiIds('id')
  @CommandEndpoint(
    'Record a scheduled follow-up as delivered (on, form, meeting item, document, summary) or missed',
  )
  async followUp(
    @IdParam() agreementId: string,
    @Body() body: RecordFollowUpDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command: AgreementCommand = {
      type: 'RecordFollowUp',
      data: { ...inputOf(body), agreementId },
    };
    return this.decide(agreementId, command, withBody(context, body), response);
  }

  @Post(':id/terminate')
  @ApiIds('id')
  @CommandEndpoint('End an agreement in force before its validity ends')
  async terminate(
    @IdParam() agreementId: string,
    @Body() body: TerminateAgreementDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command: AgreementCommand = {
      type: 'TerminateAgreement',
      data: { ...inputOf(body), agreementId },
    };
    return this.decide(agreementId, command, withBody(context, body), response);
  }
}
