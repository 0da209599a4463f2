import { Controller, Inject, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Identity } from '@app/kernel';
import { CurrentIdentity, RequiresPermission, SQL_DATABASE, type SqlDatabase } from '@app/platform';
import {
  findOrganisation,
  findPerson,
  GROUPS,
  membershipsOf,
  ORGANISATIONS,
  PEOPLE,
} from '../read';
import { echoOf, sliceOf, TimeTravelQuery } from './time-travel.query';
import { QueryEndpoint } from '@app/projections';
import { notFound } from './not-found';

@ApiTags('people')
@RequiresPermission('record.read')
@Controller('people')
export class PeopleQueriesController {
  constructor(@Inject(SQL_DATABASE) private readonly database: SqlDatabase) {}

  @QueryEndpoint(
    ':id',
    'A person: name (masked once erased), title and organisation',
    PEOPLE,
    ORGANISATIONS,
  )
  async get(
    @Param('id') id: string,
    @Query() query: TimeTravelQuery,
    @CurrentIdentity() identity: Identity,
  ) {
    const slice = sliceOf(query);
    const person = await findPerson(this.database.db, identity.municipality, id, slice);
    if (!person) throw notFound('PERSON', 'person', id, slice);
    const organisation = await findOrganisation(
      this.database.db,
      identity.municipality,
      person.organisationId,
      slice,
    );
    return {
      ...person,
      organisation: {
        id: person.organisationId,
        name: organisation?.name ?? null,
        shortName: organisation?.shortName ?? null,
      },
      ...echoOf(slice),
    };
  }

  @QueryEndpoint(
    ':id/memberships',
    'Every seat the person has held, with its dates and roles (groups named as on asOf)',
    PEOPLE,
    GROUPS,
    ORGANISATIONS,
  )
  async memberships(
    @Param('id') id: string,
    @Query() query: TimeTravelQuery,
    @CurrentIdentity() identity: Identity,
  ) {
    const slice = sliceOf(query);
    const tenant = identity.municipality;
    const [person, memberships] = await Promise.all([
      findPerson(this.database.db, tenant, id, slice),
      membershipsOf(this.database.db, tenant, id, slice),
    ]);
    // Seats are recorded on groups, so they can name a person not (yet) registered: still shown.
    if (!person && memberships.length === 0) throw notFound('PERSON', 'person', id, slice);
    return {
      ...echoOf(slice),
      person: { id, name: person?.name ?? null, nameErased: person?.nameErased ?? false },
      memberships,
    };
  }
}
