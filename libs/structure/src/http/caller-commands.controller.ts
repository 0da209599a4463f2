import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandContext } from '@app/kernel';
import {
  ApiSubject,
  CommandCtx,
  CommandEndpoint,
  CommandResponse,
  RequiresPermission,
  SubjectParam,
  withBody,
  withEtag,
} from '@app/platform';
import { EraseCallerCommand } from '../application';
import { ErasureDto } from './dto/person.dto';

/** Callers: whoever a token names, known to the record by subject, role and organisation. */
@ApiTags('people')
@RequiresPermission('personal-data.erase')
@Controller('callers')
export class CallerCommandsController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':subject/erase')
  @ApiSubject()
  @CommandEndpoint(
    "Erase a caller's display name (GDPR Art. 17): every history shows [name erased] as who recorded; a registered person with the same id is not touched",
  )
  async erase(
    @SubjectParam() subject: string,
    @Body() body: ErasureDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new EraseCallerCommand(subject, withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }
}
