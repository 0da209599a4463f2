import { RequiresPermission } from '@app/platform';
import { Body, Controller, Get, Inject, Module, Post, Query } from '@nestjs/common';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { ANY, EVENT_STORE, type EventStore } from '@app/event-store';
import { ConsistentQuery, ProjectionsModule, ReadModels, ReadsFrom } from '@app/projections';
import { countsProjection, type CountsDb } from '../projections/sample-counts.projection';
import { sampleEvent, TENANT } from '../projections/sample-events';

/**
 * The sample projection, slowed down: each batch takes 100 ms to apply, so a query that does not
 * wait for its consistentWith would read before the event is projected.
 */
export const slowCounts = countsProjection({ delayMs: 100 });

class AppendBody {
  @IsString() stream!: string;
  @IsOptional() @IsIn(['SampleHappened', 'SampleIgnored']) type?: string;
}

class CountsQuery extends ConsistentQuery {
  @IsString() stream!: string;
}

/** A test-only command and query pair over the sample projection, to prove read-your-writes. */
@RequiresPermission('record.read')
@Controller('probe-projections')
class ProjectionsProbeController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ReadModels,
  ) {}

  @Post('events')
  async append(@Body() body: AppendBody): Promise<{ position: string }> {
    const { position } = await this.store.append(
      TENANT,
      body.stream,
      [sampleEvent(body.type)],
      ANY,
    );
    return { position: position.toString() };
  }

  @Get('counts')
  @ReadsFrom(slowCounts.name)
  async counts(@Query() query: CountsQuery): Promise<{ events: number }> {
    const counts = await this.readModels.db<CountsDb>(slowCounts.name);
    const row = await counts
      .selectFrom('stream_counts')
      .select('events')
      .where('stream', '=', query.stream)
      .executeTakeFirst();
    return { events: row?.events ?? 0 };
  }
}

@Module({
  imports: [ProjectionsModule.forFeature([slowCounts])],
  controllers: [ProjectionsProbeController],
})
export class ProjectionsProbeModule {}
