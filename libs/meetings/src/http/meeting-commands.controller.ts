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
  PlanMeetingsCommand,
  RecordHeldCommand,
  RescheduleMeetingCommand,
  ScheduleMeetingCommand,
  meetingAggregate,
} from '../application';
import { RecordHeldDto } from './dto/held-commands.dto';
import {
  CancelMeetingDto,
  PlanMeetingsDto,
  RescheduleMeetingDto,
  ScheduleMeetingDto,
} from './dto/meeting-commands.dto';

/** A meeting's life before its minutes: scheduled, moved, called off, or held. */
@ApiTags('meetings')
@RequiresPermission('meetings.write')
@Controller('meetings')
export class MeetingCommandsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandEndpoint('Schedule a meeting of a body (a group, a board or a committee)', {
    created: true,
  })
  async schedule(
    @Body() body: ScheduleMeetingDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new ScheduleMeetingCommand(inputOf(body), withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }

  @Post('plan')
  @CommandEndpoint(
    "Book a body's yearly meeting plan (sammanträdesplan): several meetings in one command; answers meetingIds",
    { created: true },
  )
  async plan(
    @Body() body: PlanMeetingsDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new PlanMeetingsCommand(inputOf(body), withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/reschedule')
  @ApiIds('id')
  @CommandEndpoint('Move a meeting that has not been held to another date, place or format')
  async reschedule(
    @IdParam() meetingId: string,
    @Body() body: RescheduleMeetingDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new RescheduleMeetingCommand(
      { ...inputOf(body), meetingId },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/cancel')
  @ApiIds('id')
  @CommandEndpoint('Call off a meeting that has not been held')
  async cancel(
    @IdParam() meetingId: string,
    @Body() body: CancelMeetingDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = Decide.on(
      meetingAggregate,
      meetingId,
      { type: 'CancelMeeting', data: { ...inputOf(body), meetingId } },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/held')
  @ApiIds('id')
  @CommandEndpoint(
    'Record the sitting: times, place, adjournments, attendance and absences (replaces an earlier record until approval)',
  )
  async held(
    @IdParam() meetingId: string,
    @Body() body: RecordHeldDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new RecordHeldCommand({ ...inputOf(body), meetingId }, withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }
}
