import { Inject, Injectable } from '@nestjs/common';
import type { Position } from '@app/event-store';
import { APP_CONFIG, SQL_DATABASE, type AppConfig, type SqlDatabase } from '@app/platform';
import { waitForPosition, type ConsistencyResult } from './consistency';
import { ProjectionCatalog } from './projection-catalog';
import {
  PROJECTIONS_OPTIONS,
  ProjectionsHost,
  type ProjectionsModuleOptions,
} from './projections-host';

/** Read-your-writes for queries: waits (bounded) until the read models have passed a position. */
@Injectable()
export class ConsistencyService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
    @Inject(PROJECTIONS_OPTIONS) private readonly options: ProjectionsModuleOptions,
    private readonly host: ProjectionsHost,
    private readonly catalog: ProjectionCatalog,
  ) {}

  get timeoutMs(): number {
    return this.config.consistencyTimeoutMs;
  }

  async waitFor(names: readonly string[], position: Position): Promise<ConsistencyResult> {
    const unknown = names.filter((name) => !this.catalog.get(name));
    if (unknown.length > 0)
      throw new Error(`@ReadsFrom names unknown projections: ${unknown.join(', ')}`);
    return waitForPosition({
      db: this.database.db,
      names,
      position,
      timeoutMs: this.config.consistencyTimeoutMs,
      pollMs: this.options.consistencyPollMs ?? 100,
      // The local runners say when they commit, so a wait here ends without a poll's delay.
      progress: (signal) =>
        new Promise<void>((resolve) => {
          const stop = this.host.onProgress((build) => {
            if (build.active && names.includes(build.name)) done();
          });
          const done = () => {
            stop();
            signal.removeEventListener('abort', done);
            resolve();
          };
          signal.addEventListener('abort', done, { once: true });
        }),
    });
  }
}
