import {
  Module,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
} from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuditModule } from '@app/audit';
import { AgreementsModule } from '@app/agreements';
import { EventStoreModule } from '@app/event-store';
import { MeetingsModule } from '@app/meetings';
import { ConfigModule, DatabaseModule, type AppConfig } from '@app/platform';
import { ProjectionsModule } from '@app/projections';
import { StructureModule } from '@app/structure';
import { READ_MODELS, UPCASTERS } from '../../read-models';
import { AuthModule } from './auth/auth.module';
import { HealthModule } from './health/health.module';
import { JsonBodyMiddleware } from './http/json-body.middleware';
import { LoggingModule } from './http/logging.module';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig, extra: DynamicModule['imports'] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        EventStoreModule.forRoot(UPCASTERS),
        ProjectionsModule.forRoot(READ_MODELS),
        CqrsModule.forRoot(),
        AuthModule,
        HealthModule,
        StructureModule,
        MeetingsModule,
        AuditModule,
        AgreementsModule,
        ...extra,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(JsonBodyMiddleware).forRoutes('{*path}');
  }
}
