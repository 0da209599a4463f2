import { Controller, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { ActorNames, EVENT_STORE, type EventStore } from '@app/event-store';
import type { Identity } from '@app/kernel';
import { CurrentIdentity, RequiresPermission, SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { ORGANISATION_KINDS } from '../domain';
import {
  findOrganisation,
  GROUPS,
  listOrganisations,
  MODELS,
  organisationIsKnown,
  organisationKey,
  ORGANISATIONS,
  organisationsOrder,
  POSTS,
  representationKey,
  representationOf,
  type RepresentationRow,
} from '../read';
import { echoOf, ListQuery, PagedQuery, sliceOf, TimeTravelQuery } from './time-travel.query';
import {
  CsvExport,
  HistoryEndpoint,
  HistoryQuery,
  HistoryResponse,
  ListEndpoint,
  keysetRequestOf,
  pageOfComputedRows,
  QueryEndpoint,
} from '@app/projections';
import { notFound } from './not-found';
import { historyAnswer } from './history-answer';
import { listAnswer } from './list-answer';
import { OrganisationAnswer, OrganisationsPage, RepresentationAnswer } from './responses';

class OrganisationsQuery extends ListQuery {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: string;

  @ApiPropertyOptional({ description: 'Only the organisations under this one' })
  @IsOptional()
  @IsString()
  parentId?: string;
}

@ApiTags('organisations')
@RequiresPermission('record.read')
@Controller('organisations')
export class OrganisationsQueriesController {
  constructor(
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly names: ActorNames,
  ) {}

  @ApiOkResponse({ type: OrganisationsPage })
  @ListEndpoint('', 'Organisations in existence on asOf, as known at knownAt', ORGANISATIONS)
  async list(
    @Query() query: OrganisationsQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<OrganisationsPage> {
    const filter = {
      kind: query.kind,
      parentId: query.parentId,
      includeEnded: query.includeEnded === 'true',
    };
    const order = { columns: organisationsOrder, keyOf: organisationKey };
    return listAnswer(query, request, 'organisations', order, (slice, wanted) =>
      listOrganisations(this.database.db, identity.municipality, slice, filter, wanted),
    );
  }

  @ApiOkResponse({ type: OrganisationAnswer })
  @QueryEndpoint(':id', 'An organisation as it was on asOf, as known at knownAt', ORGANISATIONS)
  async get(
    @Param('id') id: string,
    @Query() query: TimeTravelQuery,
    @CurrentIdentity() identity: Identity,
  ): Promise<OrganisationAnswer> {
    const slice = sliceOf(query);
    const organisation = await findOrganisation(this.database.db, identity.municipality, id, slice);
    if (!organisation) throw notFound('ORGANISATION', 'organisation', id, slice);
    return { ...organisation, ...echoOf(slice) };
  }

  @CsvExport({
    filename: 'uppdrag-i-grupper.csv',
    rows: (body: { organisation: { shortName: string | null }; seats: RepresentationRow[] }) =>
      body.seats.map((seat) => ({
        group: seat.group.name,
        groupKind: seat.group.kind,
        model: seat.group.modelName,
        person: seat.person?.name ?? null,
        post: seat.post?.name ?? null,
        organisation: body.organisation.shortName,
        role: seat.role,
        roleSince: seat.roleSince,
        from: seat.from,
        to: seat.to,
        certainty: seat.certainty,
        groupId: seat.group.id,
        membershipId: seat.membershipId,
      })),
  })
  @ApiOkResponse({ type: RepresentationAnswer })
  @ListEndpoint(
    ':id/representation',
    'Every group in which the organisation is represented on asOf: by whom, in which role; by group name, then start of the seat',
    ORGANISATIONS,
    GROUPS,
    MODELS,
    POSTS,
  )
  async representation(
    @Param('id') id: string,
    @Query() query: PagedQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<RepresentationAnswer> {
    const slice = sliceOf(query);
    const tenant = identity.municipality;
    const wanted = keysetRequestOf(query, request, 4);
    if (!(await organisationIsKnown(this.database.db, tenant, id, slice))) {
      throw notFound('ORGANISATION', 'organisation', id, slice);
    }
    const seats = await representationOf(this.database.db, tenant, id, slice);
    // Seats name their group, post and person in other read models, so the order by group name is
    // only known in Node: the whole list is read and sliced at the cursor, which is bounded by the
    // seats one organisation holds on one date.
    const page = pageOfComputedRows(seats, representationKey, wanted, request);
    const organisation = await findOrganisation(this.database.db, tenant, id, slice);
    return {
      ...echoOf(slice),
      organisation: {
        id,
        name: organisation?.name ?? null,
        shortName: organisation?.shortName ?? null,
        status: organisation?.status ?? null,
      },
      groups: new Set(seats.map((seat) => seat.group.id)).size,
      seats: page.items,
      next: page.next,
    };
  }

  @HistoryEndpoint("Every event of the organisation's stream, oldest first")
  async history(
    @Param('id') id: string,
    @Query() query: HistoryQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<HistoryResponse> {
    const sources = { store: this.store, names: this.names };
    return historyAnswer(sources, identity.municipality, 'organisation', id, query, request);
  }
}
