import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { readModel } from './read-models';

/** For controllers and handlers: `await readModels.db<GroupsDb>('structure-groups')`. */
@Injectable()
export class ReadModels {
  constructor(@Inject(SQL_DATABASE) private readonly database: SqlDatabase) {}

  db<DB>(name: string): Promise<Kysely<DB>> {
    return readModel<DB>(this.database.db, name);
  }
}
