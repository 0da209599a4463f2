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
import { IssueAssignmentCommand, ReportBackCommand, assignmentAggregate } from '../application';
import {
  ExtendAssignmentDto,
  IssueAssignmentDto,
  IssueFromPlanDto,
  ReportBackDto,
  WithdrawAssignmentDto,
} from './dto/assignment-commands.dto';
import { AssignmentOwners } from './assignment-owners';

/** What a decision asks of an organisation, and how it ends: reported back, or withdrawn. */
@ApiTags('assignments')
@RequiresPermission('assignments.follow-up', { owners: AssignmentOwners })
@Controller('assignments')
export class AssignmentCommandsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresPermission('assignments.issue')
  @CommandEndpoint('Issue an assignment from a decision item', { created: true })
  async issue(
    @Body() body: IssueAssignmentDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const { meetingId, itemId, ...input } = inputOf(body);
    const source = { kind: 'decision' as const, meetingId, itemId };
    const command = new IssueAssignmentCommand({ ...input, source }, withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }

  @Post('from-plan')
  @RequiresPermission('assignments.issue')
  @CommandEndpoint("Issue an assignment from a board's plan (nämndplan, verksamhetsplan)", {
    created: true,
  })
  async issueFromPlan(
    @Body() body: IssueFromPlanDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const { plan, ...input } = inputOf(body);
    const source = { kind: 'plan' as const, ...plan };
    const command = new IssueAssignmentCommand({ ...input, source }, withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/report-back')
  @ApiIds('id')
  @CommandEndpoint('Report an open assignment back: when, in which meeting, how')
  async reportBack(
    @IdParam() assignmentId: string,
    @Body() body: ReportBackDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new ReportBackCommand(
      { ...inputOf(body), assignmentId },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/extend')
  @ApiIds('id')
  @CommandEndpoint('Give an open assignment a later due date, saying why')
  async extend(
    @IdParam() assignmentId: string,
    @Body() body: ExtendAssignmentDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = Decide.on(
      assignmentAggregate,
      assignmentId,
      { type: 'ExtendAssignment', data: { ...inputOf(body), assignmentId } },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/withdraw')
  @ApiIds('id')
  @CommandEndpoint('Withdraw an open assignment')
  async withdraw(
    @IdParam() assignmentId: string,
    @Body() body: WithdrawAssignmentDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = Decide.on(
      assignmentAggregate,
      assignmentId,
      { type: 'WithdrawAssignment', data: { ...inputOf(body), assignmentId } },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }
}
