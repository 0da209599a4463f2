import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { TEXT_LIMITS, type CommandContext } from '@app/kernel';

/** What every command body may carry besides its own fields; both reach every event's metadata. */
export class CommandBodyDto {
  @ApiPropertyOptional({
    description: 'Why, in your words: kept with every event the command records',
    maxLength: TEXT_LIMITS.text,
    example: 'Beslut i gemensamt AU 2024-11-14 § 79/24',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.text)
  reason?: string;

  @ApiPropertyOptional({
    description: "On whose behalf you record this, when not your own organisation's",
    maxLength: TEXT_LIMITS.name,
    example: 'SOF',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.name)
  onBehalfOf?: string;
}

export function withBody(context: CommandContext, body: CommandBodyDto): CommandContext {
  return { ...context, reason: body.reason, onBehalfOf: body.onBehalfOf };
}
