import { ApiProperty } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandResult } from '@app/kernel';

/** The body of every command's answer, as documented in the OpenAPI document. */
export class CommandResponse implements CommandResult {
  @ApiProperty({ description: 'The id of the aggregate the command acted on' })
  id!: string;

  @ApiProperty({ description: 'Its revision after the command: send it back as If-Match' })
  revision!: number;

  @ApiProperty({
    description: 'Global position of the last event: pass it as consistentWith to read your write',
    example: '1048577',
  })
  position!: string;
}

/** Sends the result with its revision as the ETag, so a client can make its next command conditional. */
export function withEtag<Result extends CommandResult>(response: Response, result: Result): Result {
  response.setHeader('ETag', `"${result.revision}"`);
  return result;
}
