import { Body, Controller, Module, Post } from '@nestjs/common';
import type { CommandContext } from '@app/kernel';
import { CommandCtx, RequiresPermission } from '@app/platform';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Min, ValidateNested } from 'class-validator';

class CadenceProbe {
  @IsInt() @Min(1) minWeeks!: number;
}

class ProbeBody {
  @IsString() name!: string;
  @IsInt() count!: number;
  @IsOptional() @ValidateNested() @Type(() => CadenceProbe) cadence?: CadenceProbe;
}

/** A test-only endpoint with a DTO, to prove the HTTP conventions that every real endpoint gets. */
@RequiresPermission('record.read')
@Controller('probe')
class ProbeController {
  @Post()
  echo(@Body() body: ProbeBody): ProbeBody {
    return body;
  }

  @Post('command')
  context(@CommandCtx() context: CommandContext): CommandContext {
    return context;
  }
}

@Module({ controllers: [ProbeController] })
export class ProbeModule {}
