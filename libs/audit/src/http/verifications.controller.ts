import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Identity } from '@app/kernel';
import { CurrentIdentity, IdParam, RequiresPermission } from '@app/platform';
import { VerificationJobs } from '../verification/verification-jobs';
import { StartVerificationBody } from './dto/transparency-log.query';
import { StartedVerificationAnswer, VerificationAnswer } from './responses';

@ApiTags('audit')
@RequiresPermission('audit.read')
@Controller('audit/verifications')
export class VerificationsController {
  constructor(private readonly jobs: VerificationJobs) {}

  @ApiAcceptedResponse({ type: StartedVerificationAnswer })
  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary:
      "Start verifying the municipality's log in the background: every chain, the tree against every signed checkpoint and, given one, the checkpoint you kept",
  })
  async start(
    @Body() body: StartVerificationBody,
    @CurrentIdentity() identity: Identity,
  ): Promise<StartedVerificationAnswer> {
    const job = await this.jobs.start(identity.municipality, identity.actor.id, body.checkpoint);
    return { ...job, links: { self: `/api/v1/audit/verifications/${job.id}` } };
  }

  @ApiOkResponse({ type: VerificationAnswer })
  @Get(':id')
  @ApiOperation({ summary: "A verification's state, progress and, when finished, its report" })
  async find(
    @IdParam() id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<VerificationAnswer> {
    return this.jobs.find(identity.municipality, id);
  }
}
