import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { APP_CONFIG, SQL_DATABASE, type AppConfig, type SqlDatabase } from '@app/platform';
import { ProjectionCatalog } from './projection-catalog';
import {
  ProjectionEngine,
  type ProgressListener,
  type ProjectionEngineOptions,
} from './projection-engine';

export interface ProjectionsModuleOptions {
  /** Run the projections in this process whatever PROJECTIONS says (the worker does). */
  run?: boolean;
  /** Serve GET /projections (not in the worker, which has no HTTP). */
  http?: boolean;
  engine?: ProjectionEngineOptions;
  /** How often a query waiting for consistency looks at the registry. */
  consistencyPollMs?: number;
}

export const PROJECTIONS_OPTIONS = Symbol('PROJECTIONS_OPTIONS');

/**
 * Starts the engine once every module has registered its projections, and stops it (finishing
 * the batches under way, releasing the locks) before the event store and the database close.
 */
@Injectable()
export class ProjectionsHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private engine: ProjectionEngine | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTIONS_OPTIONS) private readonly options: ProjectionsModuleOptions,
    private readonly catalog: ProjectionCatalog,
  ) {}

  onApplicationBootstrap(): void {
    if (!(this.options.run ?? this.config.projections)) return;
    this.engine = new ProjectionEngine(
      { database: this.database, store: this.store, projections: this.catalog.all() },
      { logger: new Logger('Projections'), ...this.options.engine },
    );
    this.engine.start();
  }

  /** Whether this process runs the projection. */
  runs(name: string): boolean {
    return this.engine?.runs(name) ?? false;
  }

  onProgress(listener: ProgressListener): () => void {
    return this.engine?.onProgress(listener) ?? (() => undefined);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.engine?.stop();
  }
}
