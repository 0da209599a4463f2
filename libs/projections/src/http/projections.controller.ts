import { Controller, Get } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { grantOf, type Identity } from '@app/kernel';
import { CurrentIdentity, RequiresPermission } from '@app/platform';
import { ProjectionStatusService } from '../projection-status.service';
import {
  ProjectionsStateResponse,
  ProjectionsStatusResponse,
  toStateResponse,
  toStatusResponse,
} from './projection-status.response';

@ApiTags('projections')
@RequiresPermission('record.read')
@Controller('projections')
export class ProjectionsController {
  constructor(private readonly status: ProjectionStatusService) {}

  @Get()
  @ApiOperation({
    summary:
      'Each projection: version, build, state, and (to those who may rebuild) checkpoint and lag',
  })
  @ApiExtraModels(ProjectionsStatusResponse, ProjectionsStateResponse)
  @ApiOkResponse({
    schema: {
      // anyOf: the fuller answer (to those who may rebuild) also reads as the shorter one.
      anyOf: [
        { $ref: getSchemaPath(ProjectionsStatusResponse) },
        { $ref: getSchemaPath(ProjectionsStateResponse) },
      ],
    },
  })
  async list(
    @CurrentIdentity() identity: Identity,
  ): Promise<ProjectionsStatusResponse | ProjectionsStateResponse> {
    const status = await this.status.read();
    return grantOf(identity.actor.role, 'projections.rebuild')
      ? toStatusResponse(status)
      : toStateResponse(status);
  }
}
