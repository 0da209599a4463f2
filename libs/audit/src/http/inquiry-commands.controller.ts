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
import { AnswerQuestionsCommand, ReceiveInquiryCommand } from '../application/inquiry-commands';
import { inquiryAggregate } from '../application/inquiry.aggregate';
import type { Answer } from '../domain';
import { AnswerQuestionsDto, CloseInquiryDto, ReceiveInquiryDto } from './dto/inquiry-commands.dto';

/** Auditors' inquiries: received (auditors may do that), answered and closed (the secretariat). */
@ApiTags('inquiries')
@Controller('inquiries')
export class InquiryCommandsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresPermission('inquiries.receive')
  @CommandEndpoint("Receive the auditors' questions, addressed to boards or committees", {
    created: true,
  })
  async receive(
    @Body() body: ReceiveInquiryDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const fields = inputOf(body);
    const input = { ...fields, reference: fields.reference ?? null, dueOn: fields.dueOn ?? null };
    const command = new ReceiveInquiryCommand(input, withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/answers')
  @ApiIds('id')
  @RequiresPermission('inquiries.answer')
  @CommandEndpoint(
    'Answer questions of the inquiry: by a decision item of a meeting (one item may answer several) or in writing',
    { created: true },
  )
  async answer(
    @IdParam() inquiryId: string,
    @Body() body: AnswerQuestionsDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const fields = inputOf(body);
    const command = new AnswerQuestionsCommand(
      { ...fields, answer: fields.answer as Answer, inquiryId },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/close')
  @ApiIds('id')
  @RequiresPermission('inquiries.answer')
  @CommandEndpoint('Close the inquiry once every question has its answer')
  async close(
    @IdParam() inquiryId: string,
    @Body() body: CloseInquiryDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const fields = inputOf(body);
    const command = Decide.on(
      inquiryAggregate,
      inquiryId,
      { type: 'CloseInquiry', data: { ...fields, note: fields.note ?? null, inquiryId } },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }
}
