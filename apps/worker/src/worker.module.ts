import { Module, type DynamicModule } from '@nestjs/common';
import { AuditWorkerModule } from '@app/audit';
import { EventStoreModule } from '@app/event-store';
import { ConfigModule, DatabaseModule, type AppConfig } from '@app/platform';
import { ProjectionsModule, type Projection, type ProjectionEngineOptions } from '@app/projections';
import { UPCASTERS } from '../../read-models';

/** The projections without HTTP: configuration, the database (migrated on start), the store, the engine. */
@Module({})
export class WorkerModule {
  static forRoot(
    config: AppConfig,
    projections: readonly Projection[],
    engine: ProjectionEngineOptions = {},
  ): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        EventStoreModule.forRoot(UPCASTERS),
        // A worker exists to project: PROJECTIONS=off (meant for the API beside it) does not stop it.
        ProjectionsModule.forRoot(projections, { run: true, http: false, engine }),
        // Checkpoints are issued where the transparency log is projected.
        AuditWorkerModule,
      ],
    };
  }
}
