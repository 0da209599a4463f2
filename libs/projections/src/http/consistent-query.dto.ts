import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

/** A position as it travels on the wire: a decimal string without sign or leading zeros. */
export const POSITION_PATTERN = /^(0|[1-9][0-9]{0,18})$/;

/**
 * The base of every query DTO that reads projections: `?consistentWith=<position>` (from a
 * command's answer) makes the query wait until the read models have passed that position.
 */
export class ConsistentQuery {
  @ApiPropertyOptional({
    description:
      'A position from a command answer: the query waits (bounded) until the read models it uses have passed it, else 503 CONSISTENCY.TIMEOUT',
    example: '1048577',
    type: String,
  })
  @IsOptional()
  @Matches(POSITION_PATTERN, {
    message:
      'consistentWith must be a position: a non-negative integer in decimal, as a command answered it',
  })
  consistentWith?: string;
}
