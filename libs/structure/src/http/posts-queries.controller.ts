import { Controller, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { IsOptional, IsUUID } from 'class-validator';
import { ActorNames, EVENT_STORE, type EventStore } from '@app/event-store';
import type { Identity } from '@app/kernel';
import { CurrentIdentity, RequiresPermission, SQL_DATABASE, type SqlDatabase } from '@app/platform';
import {
  HistoryEndpoint,
  HistoryQuery,
  HistoryResponse,
  ListEndpoint,
  QueryEndpoint,
} from '@app/projections';
import {
  findPost,
  holderHistory,
  listPosts,
  ORGANISATIONS,
  postKey,
  POSTS,
  postsOrder,
} from '../read';
import { notFound } from './not-found';
import { historyAnswer } from './history-answer';
import { listAnswer } from './list-answer';
import { PostAnswer, PostsPage } from './responses';
import { echoOf, ListQuery, sliceOf, TimeTravelQuery } from './time-travel.query';

class PostsQuery extends ListQuery {
  @ApiPropertyOptional({ description: 'Only the posts of this organisation' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ description: 'Only the posts this person holds on asOf' })
  @IsOptional()
  @IsUUID()
  personId?: string;
}

@ApiTags('posts')
@RequiresPermission('record.read')
@Controller('posts')
export class PostsQueriesController {
  constructor(
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly names: ActorNames,
  ) {}

  @ApiOkResponse({ type: PostsPage })
  @ListEndpoint(
    '',
    'Posts in existence on asOf, as known at knownAt, each with its holder then (or holderUnknown)',
    POSTS,
    ORGANISATIONS,
  )
  async list(
    @Query() query: PostsQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<PostsPage> {
    const filter = {
      organisationId: query.organisationId,
      personId: query.personId,
      includeEnded: query.includeEnded === 'true',
    };
    const order = { columns: postsOrder, keyOf: postKey };
    return listAnswer(query, request, 'posts', order, (slice, wanted) =>
      listPosts(this.database.db, identity.municipality, slice, filter, wanted),
    );
  }

  @ApiOkResponse({ type: PostAnswer })
  @QueryEndpoint(
    ':id',
    'A post as it was on asOf: its holder then, and every holder over its life (periods with no known holder included)',
    POSTS,
    ORGANISATIONS,
  )
  async get(
    @Param('id') id: string,
    @Query() query: TimeTravelQuery,
    @CurrentIdentity() identity: Identity,
  ): Promise<PostAnswer> {
    const slice = sliceOf(query);
    const tenant = identity.municipality;
    const post = await findPost(this.database.db, tenant, id, slice);
    if (!post) throw notFound('POST', 'post', id, slice);
    const holders = await holderHistory(this.database.db, tenant, post, slice);
    return { ...post, holders, ...echoOf(slice) };
  }

  @HistoryEndpoint("Every event of the post's stream, oldest first")
  async history(
    @Param('id') id: string,
    @Query() query: HistoryQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<HistoryResponse> {
    const sources = { store: this.store, names: this.names };
    return historyAnswer(sources, identity.municipality, 'post', id, query, request);
  }
}
