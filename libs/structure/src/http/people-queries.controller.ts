import { Controller, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import type { Identity } from '@app/kernel';
import { CurrentIdentity, RequiresPermission, SQL_DATABASE, type SqlDatabase } from '@app/platform';
import {
  findOrganisation,
  findPerson,
  GROUPS,
  listPeople,
  membershipKey,
  membershipsOf,
  organisationsByIds,
  ORGANISATIONS,
  POSTS,
  PEOPLE,
  registerExtract,
} from '../read';
import { echoOf, PagedQuery, sliceOf, TimeTravelQuery } from './time-travel.query';
import {
  keysetRequestOf,
  ListEndpoint,
  nextLinkAfter,
  pageOfComputedRows,
  QueryEndpoint,
} from '@app/projections';
import { PeopleQuery } from './people.query';
import { notFound } from './not-found';
import { MembershipsAnswer, PeoplePage, PersonAnswer, RegisterExtractAnswer } from './responses';

@ApiTags('people')
@RequiresPermission('record.read')
@Controller('people')
export class PeopleQueriesController {
  constructor(
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @RequiresPermission('personal-data.extract')
  @ApiOkResponse({ type: RegisterExtractAnswer })
  @QueryEndpoint(
    ':id/register-extract',
    'Everything held about the person (GDPR Art. 15): the personal-data row and every event naming them',
  )
  async registerExtract(
    @Param('id') id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<RegisterExtractAnswer> {
    const extract = await registerExtract(this.database.db, this.store, identity.municipality, id);
    if (!extract) throw notFound('PERSON', 'person', id);
    return extract;
  }

  @ApiOkResponse({ type: PeoplePage })
  @ListEndpoint(
    '',
    'People registered by asOf, by name: title and organisation then; filter by organisation and by a part of the name',
    PEOPLE,
    ORGANISATIONS,
  )
  async list(
    @Query() query: PeopleQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<PeoplePage> {
    const slice = sliceOf(query);
    const tenant = identity.municipality;
    // The cursor is the [name, id] the previous page ended at: the shared keyset's.
    const page = keysetRequestOf(query, request, 2);
    const after = page.after as [string, string] | undefined;
    const { people, more } = await listPeople(
      this.database.db,
      tenant,
      slice,
      { organisationId: query.organisationId, name: query.name },
      { limit: page.limit, after: after && { name: after[0], id: after[1] } },
    );
    const organisations = await organisationsByIds(
      this.database.db,
      tenant,
      people.map((person) => person.organisationId),
      slice,
    );
    const last = people.at(-1);
    return {
      ...echoOf(slice),
      people: people.map((person) => {
        const organisation = organisations.get(person.organisationId);
        return {
          ...person,
          organisation: {
            id: person.organisationId,
            name: organisation?.name ?? null,
            shortName: organisation?.shortName ?? null,
          },
        };
      }),
      next: nextLinkAfter(
        request,
        more && last ? [last.nameErased ? '' : (last.name ?? ''), last.id] : null,
      ),
    };
  }

  @ApiOkResponse({ type: PersonAnswer })
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
  ): Promise<PersonAnswer> {
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

  @ApiOkResponse({ type: MembershipsAnswer })
  @ListEndpoint(
    ':id/memberships',
    'Every seat the person has held, with its dates and roles (groups named as on asOf); by start of the seat',
    PEOPLE,
    GROUPS,
    ORGANISATIONS,
    POSTS,
  )
  async memberships(
    @Param('id') id: string,
    @Query() query: PagedQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<MembershipsAnswer> {
    const slice = sliceOf(query);
    const tenant = identity.municipality;
    const wanted = keysetRequestOf(query, request, 2);
    const [person, memberships] = await Promise.all([
      findPerson(this.database.db, tenant, id, slice),
      membershipsOf(this.database.db, tenant, id, slice),
    ]);
    // Seats are recorded on groups, so they can name a person not (yet) registered: still shown.
    if (!person && memberships.length === 0) throw notFound('PERSON', 'person', id, slice);
    // A seat joins its own stretches and those of posts held while the person held them, from
    // several read models: the whole list is computed and sliced at the cursor, which is bounded
    // by the seats one person has held.
    const page = pageOfComputedRows(memberships, membershipKey, wanted, request);
    return {
      ...echoOf(slice),
      person: { id, name: person?.name ?? null, nameErased: person?.nameErased ?? false },
      memberships: page.items,
      next: page.next,
    };
  }
}
