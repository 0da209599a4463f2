import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  type HealthCheckResult,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { HealthResponse } from './health.response';
import { ApiProblem, Public, SQL_DATABASE, type SqlDatabase } from '@app/platform';

/** Probes for orchestrators: live = the process answers; ready = it can reach its database. */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'The process answers' })
  @ApiOkResponse({ type: HealthResponse })
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @ApiOperation({ summary: 'The process can reach its database and event store' })
  @ApiProblem(503, 'HEALTH.NOT_READY: the database or the event store is unreachable')
  @ApiOkResponse({ type: HealthResponse })
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.databaseIndicator(), () => this.eventStoreIndicator()]);
  }

  private async databaseIndicator(): Promise<HealthIndicatorResult> {
    try {
      await this.database.ping();
    } catch (error) {
      throw new ServiceUnavailableException({
        code: 'HEALTH.NOT_READY',
        detail: `The database is unreachable: ${(error as Error).message}`,
        details: { database: { status: 'down', engine: this.database.engine } },
      });
    }
    return { database: { status: 'up', engine: this.database.engine } };
  }

  private async eventStoreIndicator(): Promise<HealthIndicatorResult> {
    try {
      return { eventStore: { status: 'up', head: (await this.store.head()).toString() } };
    } catch (error) {
      throw new ServiceUnavailableException({
        code: 'HEALTH.NOT_READY',
        detail: `The event store is unreachable: ${(error as Error).message}`,
        details: { eventStore: { status: 'down' } },
      });
    }
  }
}
