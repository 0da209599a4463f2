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
import { ErasePersonCommand, RegisterPersonCommand } from '../application';
import { ErasureDto, RegisterPersonDto } from './dto/person.dto';

@ApiTags('people')
@RequiresPermission('structure.write')
@Controller('people')
export class PersonCommandsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @CommandEndpoint('Register a person; the name is kept apart from the events', {
    created: true,
  })
  async register(
    @Body() body: RegisterPersonDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new RegisterPersonCommand(inputOf(body), withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/erase')
  @RequiresPermission('personal-data.erase')
  @ApiIds('id')
  @CommandEndpoint(
    "Erase a person's name and title (GDPR Art. 17): every read shows [name erased] from then on",
  )
  async erase(
    @IdParam() personId: string,
    @Body() body: ErasureDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new ErasePersonCommand(personId, withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }
}
