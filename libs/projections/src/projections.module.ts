import { Module, type DynamicModule } from '@nestjs/common';
import { ConsistencyService } from './consistency.service';
import { ConsistencyInterceptor } from './http/consistency.interceptor';
import { ProjectionsController } from './http/projections.controller';
import type { Projection } from './projection';
import { ProjectionCatalog } from './projection-catalog';
import { ProjectionStatusService } from './projection-status.service';
import {
  PROJECTIONS_OPTIONS,
  ProjectionsHost,
  type ProjectionsModuleOptions,
} from './projections-host';
import { ReadModels } from './read-models.service';

@Module({})
class ProjectionsFeatureModule {}

/**
 * The read side in a Nest app. forRoot, once, with the app's list of projections: runs them
 * (unless PROJECTIONS=off), and provides reads, read-your-writes and status everywhere. Needs
 * the DatabaseModule and the EventStoreModule.
 * forFeature adds projections from a module of their own (a context, a test).
 */
@Module({})
export class ProjectionsModule {
  static forRoot(
    projections: readonly Projection[] = [],
    options: ProjectionsModuleOptions = {},
  ): DynamicModule {
    const exported = [
      ProjectionCatalog,
      ProjectionsHost,
      ConsistencyService,
      ConsistencyInterceptor,
      ReadModels,
      ProjectionStatusService,
    ];
    return {
      module: ProjectionsModule,
      global: true,
      providers: [
        { provide: PROJECTIONS_OPTIONS, useValue: options },
        { provide: ProjectionCatalog, useFactory: () => new ProjectionCatalog(projections) },
        ProjectionsHost,
        ConsistencyService,
        ConsistencyInterceptor,
        ReadModels,
        ProjectionStatusService,
      ],
      controllers: options.http === false ? [] : [ProjectionsController],
      exports: exported,
    };
  }

  static forFeature(projections: readonly Projection[]): DynamicModule {
    return {
      module: ProjectionsFeatureModule,
      providers: [
        {
          // Instantiated before bootstrap, when the engine takes the catalog's list.
          provide: Symbol('projections'),
          inject: [ProjectionCatalog],
          useFactory: (catalog: ProjectionCatalog) => {
            catalog.add(projections);
            return projections;
          },
        },
      ],
    };
  }
}
