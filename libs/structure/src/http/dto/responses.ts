import { ApiProperty } from '@nestjs/swagger';
import { CommandResponse } from '@app/platform';

export class MembershipCommandResponse extends CommandResponse {
  @ApiProperty({ format: 'uuid', description: 'The new seat: use it to change its role or end it' })
  membershipId!: string;
}

export class ReplacementCommandResponse extends CommandResponse {
  @ApiProperty({ format: 'uuid', description: 'The model that replaces this one' })
  successorId!: string;
}
