import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import {
  PERMISSIONS,
  ROLES,
  permissionsOf,
  type Grant,
  type Identity,
  type Permission,
  type Role,
} from '@app/kernel';
import { CurrentIdentity, RequiresPermission } from '@app/platform';
import { OwnOrganisation } from './own-organisation';

class ActorView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ example: 'NAF' }) organisation!: string;
}

class PermissionView {
  @ApiProperty({ enum: PERMISSIONS }) permission!: Permission;
  @ApiProperty({
    enum: ['any', 'own-organisation'],
    description:
      "own-organisation: only for what the caller's own organisation owes or is party to",
  })
  grant!: Grant;
}

class IdentityView {
  @ApiProperty() actor!: ActorView;
  @ApiProperty({ example: '0192', description: 'SCB code of the municipality (the tenant)' })
  municipality!: string;
  @ApiProperty({
    type: [String],
    description:
      "The organisations of the municipality the token's org claim names (short name or id)",
  })
  organisationIds!: string[];
  @ApiProperty({
    type: [PermissionView],
    description:
      'What the caller may do: exactly what the API enforces, so a client can hide the rest',
  })
  permissions!: PermissionView[];
}

@ApiTags('identity')
@RequiresPermission('record.read')
@Controller('me')
export class MeController {
  constructor(private readonly own: OwnOrganisation) {}

  /** Who the API takes the caller to be (the identity every command records), and what they may do. */
  @Get()
  @ApiOperation({ summary: 'Who the API takes the caller to be, and what they may do' })
  @ApiOkResponse({ type: IdentityView })
  async me(@CurrentIdentity() identity: Identity): Promise<IdentityView> {
    return {
      ...identity,
      organisationIds: await this.own.idsOf(identity),
      permissions: permissionsOf(identity.actor.role),
    };
  }
}
