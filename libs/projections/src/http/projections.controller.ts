import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProjectionStatusService } from '../projection-status.service';
import { ProjectionsStatusResponse, toStatusResponse } from './projection-status.response';

@ApiTags('projections')
@Controller('projections')
export class ProjectionsController {
  constructor(private readonly status: ProjectionStatusService) {}

  @Get()
  @ApiOperation({ summary: 'Each projection: version, build, state, checkpoint and lag in events' })
  @ApiOkResponse({ type: ProjectionsStatusResponse })
  async list(): Promise<ProjectionsStatusResponse> {
    return toStatusResponse(await this.status.read());
  }
}
