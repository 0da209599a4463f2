import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ROLES, type Identity, type Role } from '@app/kernel';
import { CurrentIdentity } from '@app/platform';

class ActorView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ example: 'NAF' }) organisation!: string;
}

class IdentityView {
  @ApiProperty() actor!: ActorView;
  @ApiProperty({ example: '0192', description: 'SCB code of the municipality (the tenant)' })
  municipality!: string;
}

@ApiTags('identity')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  /** Who the API takes the caller to be: the identity every command records. */
  @Get()
  @ApiOkResponse({ type: IdentityView })
  me(@CurrentIdentity() identity: Identity): IdentityView {
    return identity;
  }
}
