import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainError, type Identity } from '@app/kernel';
import { RAW_EVENT_STORE, type EventStore } from '@app/event-store';
import { PrintedMinutes } from '@app/meetings';
import { ApiContentResponse, CurrentIdentity, RequiresPermission } from '@app/platform';
import { ReadsFrom } from '@app/projections';
import { CheckpointService } from '../checkpoints/checkpoint.service';
import { AUDIT_LOG } from '../log/log.tables';
import { writeAuditPackage } from '../package/audit-package';
import { PackageQuery } from './dto/transparency-log.query';

@ApiTags('audit')
@RequiresPermission('audit.read')
@Controller('audit/package')
export class PackageController {
  constructor(
    @Inject(RAW_EVENT_STORE) private readonly store: EventStore,
    private readonly checkpoints: CheckpointService,
    private readonly minutes: PrintedMinutes,
  ) {}

  @Get()
  @ReadsFrom(AUDIT_LOG)
  @ApiProduces('application/zip')
  @ApiContentResponse('application/zip', 'The audit package', true)
  @ApiOperation({
    summary:
      'The audit package of the events recorded from `from` to `to` (inclusive dates): a ZIP with the events, their inclusion proofs, the signed checkpoints, the public key, the printable minutes of the meetings with events in the window, a README in Swedish and an offline verifier',
  })
  async download(
    @Query() query: PackageQuery,
    @CurrentIdentity() identity: Identity,
    @Res() res: Response,
  ): Promise<void> {
    if (query.from > query.to) {
      throw new DomainError(
        'AUDIT.WINDOW_REVERSED',
        `from (${query.from}) is after to (${query.to})`,
      );
    }
    const name = `revisionspaket-${identity.municipality}-${query.from}-${query.to}.zip`;
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    const tenant = identity.municipality;
    await writeAuditPackage(
      this.store,
      this.checkpoints,
      async (meetingId, knownAt) => this.minutes.print(tenant, meetingId, knownAt),
      { tenant, from: query.from, to: query.to },
      res,
    );
  }
}
