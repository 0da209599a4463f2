import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { ProjectionCatalog } from './projection-catalog';
import { readProjectionStatus, type ProjectionsStatus } from './projection-status';

@Injectable()
export class ProjectionStatusService {
  constructor(
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly catalog: ProjectionCatalog,
  ) {}

  read(): Promise<ProjectionsStatus> {
    return readProjectionStatus(this.database, this.store, this.catalog);
  }
}
