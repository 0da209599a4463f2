import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
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
import { CounterSignNotesCommand, DeliverNotesCommand } from '../application';
import { CounterSignNotesDto, DeliverNotesDto } from './dto/minutes-commands.dto';

/** The notes' fate after the sitting: counter-signing (kontrasignering) and delivery (delges). */
@ApiTags('meetings')
@RequiresPermission('meetings.write')
@Controller('meetings/:id/notes')
export class NotesCommandsController {
  constructor(private readonly commands: CommandBus) {}

  @Post('counter-sign')
  @ApiIds('id')
  @CommandEndpoint(
    'Sign and counter-sign the notes of a body that keeps notes: the chair and another member who attended',
  )
  async counterSign(
    @IdParam() meetingId: string,
    @Body() body: CounterSignNotesDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new CounterSignNotesCommand(
      { ...inputOf(body), meetingId },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post('deliver')
  @ApiIds('id')
  @CommandEndpoint('Deliver the notes to another body ("delges kommunstyrelsen")')
  async deliver(
    @IdParam() meetingId: string,
    @Body() body: DeliverNotesDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new DeliverNotesCommand(
      { ...inputOf(body), meetingId },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }
}
