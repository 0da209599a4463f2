import { Controller, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { ActorNames, EVENT_STORE, type EventStore } from '@app/event-store';
import type { Identity } from '@app/kernel';
import { CurrentIdentity, RequiresPermission, SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { GROUP_KINDS } from '../domain';
import {
  describeSeats,
  findGroup,
  groupKey,
  type DescribedSeat,
  GROUPS,
  groupsOrder,
  listGroups,
  modelNames,
  MODELS,
  ORGANISATIONS,
  POSTS,
  seatsOn,
} from '../read';
import { echoOf, ListQuery, sliceOf, TimeTravelQuery } from './time-travel.query';
import {
  CsvExport,
  HistoryEndpoint,
  HistoryQuery,
  HistoryResponse,
  ListEndpoint,
  QueryEndpoint,
} from '@app/projections';
import { notFound } from './not-found';
import { historyAnswer } from './history-answer';
import { listAnswer } from './list-answer';
import { GroupAnswer, GroupsPage } from './responses';

class GroupsQuery extends ListQuery {
  @ApiPropertyOptional({ description: 'Only the groups of this collaboration model' })
  @IsOptional()
  @IsString()
  modelId?: string;

  @ApiPropertyOptional({ enum: GROUP_KINDS })
  @IsOptional()
  @IsIn(GROUP_KINDS)
  kind?: string;

  @ApiPropertyOptional({ description: 'Only the groups directly under this one' })
  @IsOptional()
  @IsString()
  parentId?: string;
}

@ApiTags('groups')
@RequiresPermission('record.read')
@Controller('groups')
export class GroupsQueriesController {
  constructor(
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly names: ActorNames,
  ) {}

  @ApiOkResponse({ type: GroupsPage })
  @ListEndpoint('', 'Groups on asOf, as known at knownAt; filter by model, kind, parent', GROUPS)
  async list(
    @Query() query: GroupsQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<GroupsPage> {
    const filter = {
      modelId: query.modelId,
      kind: query.kind,
      parentId: query.parentId,
      includeEnded: query.includeEnded === 'true',
    };
    const order = { columns: groupsOrder, keyOf: groupKey };
    return listAnswer(query, request, 'groups', order, (slice, wanted) =>
      listGroups(this.database.db, identity.municipality, slice, filter, wanted),
    );
  }

  @CsvExport({
    filename: 'platser-i-gruppen.csv',
    rows: (body: { name: string; members: DescribedSeat[] }) =>
      body.members.map((seat) => ({
        group: body.name,
        person: seat.person?.name ?? null,
        post: seat.post?.name ?? null,
        organisation: seat.organisation.shortName ?? seat.organisation.name,
        role: seat.role,
        roleSince: seat.roleSince,
        from: seat.from,
        to: seat.to,
        certainty: seat.certainty,
        heldBy: seat.heldBy,
        membershipId: seat.membershipId,
      })),
  })
  @ApiOkResponse({ type: GroupAnswer })
  @QueryEndpoint(
    ':id',
    'A group on asOf with its members: person, organisation represented, role, from/to',
    GROUPS,
    MODELS,
    ORGANISATIONS,
    POSTS,
  )
  async get(
    @Param('id') id: string,
    @Query() query: TimeTravelQuery,
    @CurrentIdentity() identity: Identity,
  ): Promise<GroupAnswer> {
    const slice = sliceOf(query);
    const tenant = identity.municipality;
    const group = await findGroup(this.database.db, tenant, id, slice);
    if (!group) throw notFound('GROUP', 'group', id, slice);
    const seats = await seatsOn(this.database.db, tenant, slice, { groupIds: [id] });
    const [members, models] = await Promise.all([
      describeSeats(this.database.db, tenant, seats, slice),
      modelNames(this.database.db, tenant, group.modelId ? [group.modelId] : [], slice),
    ]);
    return {
      ...group,
      // Null while the group is outside any model.
      model: group.modelId ? { id: group.modelId, name: models.get(group.modelId) ?? null } : null,
      members,
      ...echoOf(slice),
    };
  }

  @HistoryEndpoint("Every event of the group's stream, oldest first")
  async history(
    @Param('id') id: string,
    @Query() query: HistoryQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<HistoryResponse> {
    const sources = { store: this.store, names: this.names };
    return historyAnswer(sources, identity.municipality, 'group', id, query, request);
  }
}
