import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandContext, CommandResult } from '@app/kernel';
import { inputOf } from '@app/platform';
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
  AddAgreementAssignmentCommand,
  AgreementStreamCommand,
  DraftAgreementCommand,
  type AddAgreementAssignmentInput,
  type DraftAgreementInput,
} from '../application/commands';
import type { AgreementStreamCommand as StreamCommand } from '../application/commands';
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

type StreamMessage = StreamCommand['command'];

/** Agreements between boards and administrations: drafted, filled in, adopted, revised, followed up. */
@ApiTags('agreements')
@Controller('agreements')
@RequiresPermission('agreements.write', { owners: AgreementOwners })
export class AgreementCommandsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandEndpoint('Draft an agreement: parties, validity, scope and sections', { created: true })
  async draft(
    @Body() body: DraftAgreementDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ) {
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
  ) {
    const input = { ...inputOf(body), agreementId } as AddAgreementAssignmentInput;
    const command = new AddAgreementAssignmentCommand(input, withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/economy')
  @ApiIds('id')
  @CommandEndpoint("Set a draft's economy: lines per activity and economic follow-ups")
  economy(
    @IdParam() id: string,
    @Body() body: SetEconomyDto,
    @CommandCtx() c: CommandContext,
    @Res({ passthrough: true }) r: Response,
  ) {
    return this.send(r, c, body, {
      type: 'SetAgreementEconomy',
      data: { ...inputOf(body), agreementId: id },
    } as StreamMessage);
  }

  @Post(':id/goals')
  @ApiIds('id')
  @CommandEndpoint('Add a council or board goal with its desired results to a draft')
  goal(
    @IdParam() id: string,
    @Body() body: AddGoalDto,
    @CommandCtx() c: CommandContext,
    @Res({ passthrough: true }) r: Response,
  ) {
    return this.send(r, c, body, {
      type: 'AddAgreementGoal',
      data: { ...inputOf(body), agreementId: id },
    } as StreamMessage);
  }

  @Post(':id/adopt')
  @ApiIds('id')
  @CommandEndpoint('Adopt a draft, naming the decision that adopted it')
  adopt(
    @IdParam() id: string,
    @Body() body: AdoptAgreementDto,
    @CommandCtx() c: CommandContext,
    @Res({ passthrough: true }) r: Response,
  ) {
    return this.send(r, c, body, {
      type: 'AdoptAgreement',
      data: { ...inputOf(body), agreementId: id },
    } as StreamMessage);
  }

  @Post(':id/revisions')
  @ApiIds('id')
  @CommandEndpoint('Revise an agreement in force from a date, saying why (reason is required)')
  revise(
    @IdParam() id: string,
    @Body() body: ReviseAgreementDto,
    @CommandCtx() c: CommandContext,
    @Res({ passthrough: true }) r: Response,
  ) {
    const data = { ...inputOf(body), agreementId: id, reason: body.reason ?? '' };
    return this.send(r, c, body, { type: 'ReviseAgreement', data } as StreamMessage);
  }

  @Post(':id/follow-ups')
  @ApiIds('id')
  @CommandEndpoint(
    'Record a scheduled follow-up as delivered (on, form, meeting item, document, summary) or missed',
  )
  followUp(
    @IdParam() id: string,
    @Body() body: RecordFollowUpDto,
    @CommandCtx() c: CommandContext,
    @Res({ passthrough: true }) r: Response,
  ) {
    return this.send(r, c, body, {
      type: 'RecordFollowUp',
      data: { ...inputOf(body), agreementId: id },
    } as StreamMessage);
  }

  @Post(':id/terminate')
  @ApiIds('id')
  @CommandEndpoint('End an agreement in force before its validity ends')
  terminate(
    @IdParam() id: string,
    @Body() body: TerminateAgreementDto,
    @CommandCtx() c: CommandContext,
    @Res({ passthrough: true }) r: Response,
  ) {
    return this.send(r, c, body, {
      type: 'TerminateAgreement',
      data: { ...inputOf(body), agreementId: id },
    } as StreamMessage);
  }

  private async send(
    response: Response,
    context: CommandContext,
    body: { reason?: string; onBehalfOf?: string },
    message: StreamMessage,
  ): Promise<CommandResult> {
    const command = new AgreementStreamCommand(message, withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }
}
